/**
 * A listing photo's alternative text (RGAA 1.3), checked as the server does
 * (fr.boucle.photo.internal.AltText): required, at most 300 characters, and saying what the photo
 * shows: not a file name ("IMG_1234.jpg", the chosen file's own name), nor only generic words and
 * numbers ("image", "photo 2", "Capture d’écran 2026-03-01").
 */
export const ALT_MAX = 300;

const GENERIC = new Set([
  'image', 'images', 'img', 'photo', 'photos', 'photographie', 'picture', 'pic', 'pict', 'dsc', 'dscn', 'dscf', 'dcim',
  'pxl', 'mvimg', 'screenshot', 'screen', 'shot', 'capture', 'ecran', 'fichier', 'file', 'jpg', 'jpeg', 'png', 'webp',
  'heic', 'heif', 'gif', 'bmp', 'tif', 'tiff', 'sans', 'titre', 'untitled', 'copy', 'copie', 'final', 'new', 'nouvelle',
  'nouveau', 'alt', 'texte', 'text', 'alternative', 'alternatif', 'visuel', 'illustration', 'whatsapp', 'annonce',
  'produit', 'objet', 'article', 'du', 'de', 'des', 'd', 'l', 'la', 'le', 'les', 'un', 'une', 'a', 'an', 'the', 'at', 'of',
  'et', 'and', 'n', 'no', 'num', 'numero',
]);

const FILE_NAME = /^\S+\.(jpe?g|png|webp|gif|heic|heif|bmp|tiff?|avif)$/i;

function folded(value: string): string {
  return value.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Whether a non-empty alternative says something about what the photo shows. */
export function altIsRelevant(alt: string, fileName?: string): boolean {
  const value = alt.trim();
  if (FILE_NAME.test(value)) return false;
  if (fileName !== undefined && fileName.trim() !== '') {
    const name = fileName.trim();
    const base = name.replace(/\.[A-Za-z0-9]{1,5}$/, '');
    if (folded(value) === folded(name) || folded(value) === folded(base)) return false;
  }
  return folded(value)
    .split(/[^\p{L}]+/u)
    .some((word) => word.length >= 2 && !GENERIC.has(word));
}

/** The problem code of an alternative, or null when it is fine. */
export function altProblem(alt: string, fileName?: string): 'photo-alt-required' | 'photo-alt-not-relevant' | 'field-at-most-chars' | null {
  const value = alt.trim();
  if (value === '') return 'photo-alt-required';
  if (value.length > ALT_MAX) return 'field-at-most-chars';
  return altIsRelevant(value, fileName) ? null : 'photo-alt-not-relevant';
}
