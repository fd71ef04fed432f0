import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserText, userSlot, userTextIn } from './UserText';

describe('user content marked with its language', () => {
  it('wraps what a user typed in an element with lang="fr" by default, in the element asked for', () => {
    const { container } = render(
      <div>
        <UserText as="h1">Direction des crèches</UserText>
        <UserText lang="en">Spare parts</UserText>
      </div>,
    );
    expect(container.querySelector('h1')).toHaveAttribute('lang', 'fr');
    expect(container.querySelector('h1')).toHaveTextContent('Direction des crèches');
    expect(container.querySelector('span')).toHaveAttribute('lang', 'en');
  });

  it('marks only the quoted value inside a translated message', () => {
    const message = `Amounts of Lot 1 — ${userSlot('title')} (maximum €120.00)`;
    const { container } = render(<p>{userTextIn(message, { title: 'Mobilier de bureau' })}</p>);
    const p = container.querySelector('p');
    expect(p).toHaveTextContent(/^Amounts of Lot 1 — Mobilier de bureau \(maximum €120\.00\)$/);
    expect([...(p?.querySelectorAll('[lang]') ?? [])].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([['fr', 'Mobilier de bureau']]);
    expect(p?.textContent).not.toContain('\u2063');
    // One element for the sentence: in a flex line (a card's detail), loose text nodes would lose
    // the space before the name.
    expect(p?.childNodes).toHaveLength(1);
  });
});
