import type { ReactNode } from 'react';

/**
 * The language content typed by people is written in (listing titles, organisation and service
 * names, needs, messages, agreements and lots). Boucle's users write French; a field that records
 * another language would pass it here.
 */
export const USER_CONTENT_LANGUAGE = 'fr';

type Tag = 'span' | 'div' | 'p' | 'strong' | 'h1' | 'h2' | 'h3' | 'address' | 'dd' | 'td' | 'th';

/**
 * Content written by a user, marked with its language (RGAA 8.7) so that assistive technology
 * reads a French name with French rules on the English interface. The language check of the
 * browser tests skips what is marked so.
 */
export function UserText({
  children,
  lang = USER_CONTENT_LANGUAGE,
  as: Element = 'span',
  className,
  id,
}: {
  children: ReactNode;
  lang?: string;
  as?: Tag;
  className?: string;
  id?: string;
}) {
  return (
    <Element lang={lang} className={className} id={id}>
      {children}
    </Element>
  );
}

const SLOT = '\u2063';

/** A placeholder to give t() for a value typed by a user; userTextIn() puts the value back, marked. */
export function userSlot(name: string): string {
  return `${SLOT}${name}${SLOT}`;
}

/**
 * A translated message quoting user content: t('key', { name: userSlot('name') }) rendered with
 * each slot replaced by its value inside UserText, the rest in the page's language.
 */
export function userTextIn(message: string, values: Record<string, string>, lang: string = USER_CONTENT_LANGUAGE): ReactNode {
  const parts = message.split(SLOT);
  // One span around the whole sentence: in a flex container (a DSFR card's detail line) loose text
  // nodes become separate items and lose their spaces at the edges ("Vendu parRessourcerie").
  return (
    <span>
      {parts.map((part, index) =>
        index % 2 === 1 && part in values ? (
          <UserText key={index} lang={lang}>
            {values[part]}
          </UserText>
        ) : (
          part
        ),
      )}
    </span>
  );
}
