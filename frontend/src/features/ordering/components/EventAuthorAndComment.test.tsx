import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../../lib/i18n';
import type { OrderEvent } from '../api/ordering';
import { EventAuthorAndComment } from './EventAuthorAndComment';

const at = '2026-12-04T07:50:00Z';

function shown(event: OrderEvent) {
  return render(
    <p>
      <EventAuthorAndComment event={event} />
    </p>,
  ).container.firstElementChild as HTMLElement;
}

describe('an order timeline entry’s author and comment', () => {
  afterEach(async () => {
    await i18n.changeLanguage('fr');
  });

  it('says Boucle’s own approval under the threshold in French, not the API’s English', () => {
    const p = shown({ to: 'APPROVED', actorLabel: 'system', comment: "Total excl. VAT within the service's approval threshold (4 000,00 €)", at });
    expect(p.textContent).toBe('Boucle (automatique) : « Total HT sous le seuil d’approbation du service (4\u202f000,00\u00a0€) »');
    expect(p.textContent).not.toMatch(/system|excl/);
  });

  it('says it in English on the English interface, the amount formatted the English way', async () => {
    await i18n.changeLanguage('en');
    const p = shown({ to: 'EXPIRED', actorLabel: 'system', comment: 'Not approved within 30 days: the stock and the amount are released.', commentCode: 'order-expired-unapproved', commentParams: { days: '30' }, at });
    expect(p.textContent).toBe('Boucle (automatic) : « Not approved within 30 days: the stock and the amount are released. »');
    const q = shown({ to: 'APPROVED', actorLabel: 'system', comment: "Total excl. VAT within the service's approval threshold (4 000,00 €)", at });
    expect(q.textContent).toContain('(€4,000.00)');
  });

  it('says a coded comment (an expiry) in the words of its code', () => {
    const p = shown({ to: 'EXPIRED', actorLabel: 'system', comment: 'Not approved within 30 days: the stock and the amount are released.', commentCode: 'order-expired-unapproved', commentParams: { days: '30' }, at });
    expect(p.textContent).toBe('Boucle (automatique) : « Non approuvée sous 30 jours : le stock et le montant sont libérés. »');
  });

  it('marks a person’s name and comment as French user content on the English interface', async () => {
    await i18n.changeLanguage('en');
    const p = shown({ to: 'APPROVED', actorLabel: 'Marc Lefèvre', comment: 'Validé pour la rentrée', at });
    const marked = [...p.querySelectorAll('[lang="fr"]')].map((e) => e.textContent);
    expect(marked).toEqual(['Marc Lefèvre', 'Validé pour la rentrée']);
  });
});
