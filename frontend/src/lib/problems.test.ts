import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldErrorsOf, problemText } from '../components/form';
import { ApiError, apiFetch } from './api';
import i18n, { changeLanguage } from './i18n';
import { problemsEn, problemsFr } from './locales/problems';
import { problemWords } from './problems';

/** The API's catalogue of problem texts (code → text), as the server words them. */
function apiCatalogue(file: string): Map<string, string> {
  const entries = new Map<string, string>();
  const text = readFileSync(resolve(__dirname, '../../../api/src/main/resources/problems', file), 'utf8');
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const at = line.search(/(?<!\\)=/);
    entries.set(line.slice(0, at).replace(/\\ /g, ' '), line.slice(at + 1));
  }
  return entries;
}

function lookup(tree: Record<string, unknown>, key: string): string | undefined {
  const dot = key.indexOf('.');
  if (dot > 0 && key.endsWith('.one')) return lookup(tree, key.slice(0, dot) + '_one');
  if (dot > 0) {
    const sub = tree[key.slice(0, dot)];
    return typeof sub === 'object' && sub !== null ? lookup(sub as Record<string, unknown>, key.slice(dot + 1)) : undefined;
  }
  const value = tree[key];
  return typeof value === 'string' ? value : undefined;
}

function names(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1] ?? '').sort();
}

describe('problem codes', () => {
  afterEach(() => {
    changeLanguage('fr');
    vi.unstubAllGlobals();
  });

  it('has a French and an English text for every code of the API, needing no value the API does not give', () => {
    const api = apiCatalogue('messages.properties');
    expect(api.size).toBeGreaterThan(300);
    const missing: string[] = [];
    for (const [key, english] of api) {
      for (const [language, tree] of [['fr', problemsFr], ['en', problemsEn]] as const) {
        const text = lookup(tree, key);
        if (text === undefined || text.trim() === '') {
          missing.push(`${language}: ${key}`);
        } else {
          const given = names(english, /\{(\w+)\}/g);
          for (const name of names(text, /\{\{(\w+)\}\}/g)) if (!given.includes(name)) missing.push(`${language}: ${key} needs ${name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('says a lot that cannot take the order in the interface language, with its values', () => {
    const params = { category: 'chaise', lot: '3' };
    expect(problemWords('lot-category-out-of-scope', params)).toBe('La catégorie chaise est hors du périmètre du lot 3.');
    changeLanguage('en');
    expect(problemWords('lot-category-out-of-scope', params)).toBe('Category chaise is outside the scope of lot 3.');
  });

  it('translates named values and counts', () => {
    expect(problemWords('not-found', { resource: 'Listing' })).toBe('Annonce introuvable');
    expect(problemWords('validation-failed', { count: '1' })).toBe('Un champ n’est pas valide.');
    expect(problemWords('validation-failed', { count: '3' })).toBe('3 champs ne sont pas valides.');
    expect(problemWords('no-such-code', {})).toBeUndefined();
  });

  it('shows field errors in the interface words for their code, else as the server worded them', () => {
    const error = new ApiError({
      code: 'validation-failed',
      title: 'Bad Request',
      status: 400,
      detail: 'Two fields are invalid.',
      errors: [
        { field: 'title', code: 'field-length', params: { min: '3', max: '200' }, message: 'must be 3 to 200 characters' },
        { field: 'sku', code: 'a-code-of-tomorrow', message: 'le texte du serveur' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ title: 'doit faire de 3 à 200 caractères', sku: 'le texte du serveur' });
  });

  it('never shows the English status title: the code, else the detail, else the fallback', () => {
    expect(problemText(new ApiError({ code: 'out-of-stock', title: 'Conflict', status: 409, detail: 'x' }), 'repli')).toBe(
      'Pas assez de stock pour cette commande.',
    );
    expect(problemText(new ApiError({ title: 'Conflict', status: 409, detail: 'Texte du serveur' }), 'repli')).toBe('Texte du serveur');
    expect(problemText(new ApiError({ title: 'Conflict', status: 409 }), 'repli')).toBe('repli');
    expect(problemText(new ApiError({ code: 'network-error', title: 'Network error', status: 0 }), 'repli')).toContain('injoignable');
  });

  it('asks the API for problems in the interface language', async () => {
    const fetch = vi.fn<(url: string, init: RequestInit) => Promise<Response>>(() => Promise.resolve(new Response('{}', { status: 200 })));
    vi.stubGlobal('fetch', fetch);
    await apiFetch('/api/x');
    changeLanguage('en');
    await apiFetch('/api/x');
    const sent = fetch.mock.calls.map(([, init]) => new Headers(init.headers).get('Accept-Language'));
    expect(sent).toEqual(['fr', 'en']);
    expect(i18n.language).toBe('en');
  });
});
