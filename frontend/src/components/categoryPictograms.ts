// DSFR pictograms, bundled by Vite (no CDN). `no-inline` keeps each one a file even for small
// ones: <use href="…#artwork-major"> cannot reach into a data: URL.
import archive from '@gouvfr/dsfr/dist/artwork/pictograms/document/archive.svg?no-inline';
import binders from '@gouvfr/dsfr/dist/artwork/pictograms/document/binders.svg?no-inline';
import printedPage from '@gouvfr/dsfr/dist/artwork/pictograms/document/document.svg?no-inline';
import companie from '@gouvfr/dsfr/dist/artwork/pictograms/buildings/companie.svg?no-inline';
import house from '@gouvfr/dsfr/dist/artwork/pictograms/buildings/house.svg?no-inline';
import selfTraining from '@gouvfr/dsfr/dist/artwork/pictograms/digital/self-training.svg?no-inline';
import smartphone from '@gouvfr/dsfr/dist/artwork/pictograms/digital/smartphone.svg?no-inline';
import environment from '@gouvfr/dsfr/dist/artwork/pictograms/environment/environment.svg?no-inline';
import food from '@gouvfr/dsfr/dist/artwork/pictograms/environment/food.svg?no-inline';
import mountain from '@gouvfr/dsfr/dist/artwork/pictograms/environment/mountain.svg?no-inline';
import sun from '@gouvfr/dsfr/dist/artwork/pictograms/environment/sun.svg?no-inline';
import tree from '@gouvfr/dsfr/dist/artwork/pictograms/environment/tree.svg?no-inline';
import art from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/art.svg?no-inline';
import culture from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/culture.svg?no-inline';
import digitalArt from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/digital-art.svg?no-inline';
import podcast from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/podcast.svg?no-inline';
import video from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/video.svg?no-inline';
import videoGames from '@gouvfr/dsfr/dist/artwork/pictograms/leisure/video-games.svg?no-inline';
import backpack from '@gouvfr/dsfr/dist/artwork/pictograms/map/backpack.svg?no-inline';

/** A DSFR pictogram: the bundled file's URL and its name in the DSFR set ("digital/smartphone"). */
export interface Pictogram {
  name: string;
  url: string;
}

const picto = (name: string, url: string): Pictogram => ({ name, url });

const PICTOGRAMS = {
  archive: picto('document/archive', archive),
  art: picto('leisure/art', art),
  backpack: picto('map/backpack', backpack),
  binders: picto('document/binders', binders),
  companie: picto('buildings/companie', companie),
  culture: picto('leisure/culture', culture),
  digitalArt: picto('leisure/digital-art', digitalArt),
  printedPage: picto('document/document', printedPage),
  environment: picto('environment/environment', environment),
  food: picto('environment/food', food),
  house: picto('buildings/house', house),
  mountain: picto('environment/mountain', mountain),
  podcast: picto('leisure/podcast', podcast),
  selfTraining: picto('digital/self-training', selfTraining),
  smartphone: picto('digital/smartphone', smartphone),
  sun: picto('environment/sun', sun),
  tree: picto('environment/tree', tree),
  video: picto('leisure/video', video),
  videoGames: picto('leisure/video-games', videoGames),
} as const;

/** Shown when a category is unknown here (e.g. added by an operator since): a box of goods. */
export const GENERIC_PICTOGRAM: Pictogram = PICTOGRAMS.archive;

/**
 * One pictogram per top-level category of the reuse taxonomy (V2__seed_reuse_taxonomy.sql). The
 * DSFR set has no furniture, appliance or clothing drawings, so some are evocations.
 */
export const TOP_LEVEL_PICTOGRAMS: Readonly<Record<string, Pictogram>> = {
  'gros-electromenager': PICTOGRAMS.house,
  'mobilier-bureau': PICTOGRAMS.companie,
  informatique: PICTOGRAMS.digitalArt,
  'jeux-jouets': PICTOGRAMS.videoGames,
  textile: PICTOGRAMS.backpack,
  evenementiel: PICTOGRAMS.culture,
  sport: PICTOGRAMS.mountain,
  'espaces-verts': PICTOGRAMS.tree,
};

/** The seeded leaf categories and their top-level parent, so a search result's leaf id is enough. */
export const LEAF_PARENTS: Readonly<Record<string, string>> = {
  refrigerateur: 'gros-electromenager',
  congelateur: 'gros-electromenager',
  'lave-linge': 'gros-electromenager',
  'lave-vaisselle': 'gros-electromenager',
  four: 'gros-electromenager',
  'micro-ondes': 'gros-electromenager',
  'siege-bureau': 'mobilier-bureau',
  chaise: 'mobilier-bureau',
  bureau: 'mobilier-bureau',
  table: 'mobilier-bureau',
  armoire: 'mobilier-bureau',
  caisson: 'mobilier-bureau',
  canape: 'mobilier-bureau',
  'pc-portable': 'informatique',
  'pc-fixe': 'informatique',
  ecran: 'informatique',
  smartphone: 'informatique',
  tablette: 'informatique',
  videoprojecteur: 'informatique',
  imprimante: 'informatique',
  'jouet-eveil': 'jeux-jouets',
  'jeu-societe': 'jeux-jouets',
  'jeu-exterieur': 'jeux-jouets',
  'vetement-travail': 'textile',
  'linge-maison': 'textile',
  'tente-barnum': 'evenementiel',
  'table-pliante': 'evenementiel',
  sonorisation: 'evenementiel',
  velo: 'sport',
  'equipement-sport': 'sport',
  tondeuse: 'espaces-verts',
  'outillage-jardin': 'espaces-verts',
};

/** Leaves with a closer pictogram than their parent's; the others show their parent's. */
const LEAF_PICTOGRAMS: Readonly<Record<string, Pictogram>> = {
  refrigerateur: PICTOGRAMS.food,
  congelateur: PICTOGRAMS.food,
  four: PICTOGRAMS.food,
  'micro-ondes': PICTOGRAMS.food,
  armoire: PICTOGRAMS.binders,
  caisson: PICTOGRAMS.binders,
  'pc-portable': PICTOGRAMS.selfTraining,
  smartphone: PICTOGRAMS.smartphone,
  tablette: PICTOGRAMS.smartphone,
  videoprojecteur: PICTOGRAMS.video,
  imprimante: PICTOGRAMS.printedPage,
  'jouet-eveil': PICTOGRAMS.art,
  'jeu-exterieur': PICTOGRAMS.sun,
  sonorisation: PICTOGRAMS.podcast,
  'outillage-jardin': PICTOGRAMS.environment,
};

/** A record's own entry: ids such as "constructor" must not reach Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The top-level category of a category id: itself, its seeded parent, or the first of `path`. */
export function topLevelCategory(categoryId: string, path: readonly string[] = []): string | null {
  if (own(TOP_LEVEL_PICTOGRAMS, categoryId) !== undefined) return categoryId;
  return own(LEAF_PARENTS, categoryId) ?? path.find((id) => own(TOP_LEVEL_PICTOGRAMS, id) !== undefined) ?? null;
}

/**
 * The pictogram illustrating a category: the leaf's own, else its top-level parent's (from the
 * seeded taxonomy, or from `path`, the category's ancestors when the page knows them), else a
 * generic one.
 */
export function categoryPictogram(categoryId: string, path: readonly string[] = []): Pictogram {
  const leaf = own(LEAF_PICTOGRAMS, categoryId);
  if (leaf !== undefined) return leaf;
  const top = topLevelCategory(categoryId, path);
  return (top === null ? undefined : own(TOP_LEVEL_PICTOGRAMS, top)) ?? GENERIC_PICTOGRAM;
}
