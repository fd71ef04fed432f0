import type { Messages } from './fr';

/** English translation; the compiler checks that it has every French key. */
export const en: Messages = {
  app: {
    name: 'Boucle',
    tagline: 'Social-economy reuse for public purchasing',
    republic: 'République\nFrançaise',
    homeLink: 'Home — Boucle',
    skipToContent: 'Content',
    skipToFooter: 'Footer',
    skipLinks: 'Quick access',
    mainMenu: 'Main menu',
    language: 'Language',
    languageSwitch: 'Change language',
    footerText:
      'Boucle connects reuse and work-integration enterprises with public buyers, within the rules of public procurement.',
    footerLinks: 'Useful links',
    apiDocs: 'API documentation',
    status: 'Service status',
    accessibility: 'Accessibility: partially compliant',
  },
  nav: { home: 'Home', catalogue: 'Catalogue', status: 'Service status' },
  home: {
    title: 'Home',
    heroTitle: 'Buy refurbished goods from social-economy enterprises',
    heroText:
      'Appliances, office furniture, IT, toys, textiles: order from work-integration enterprises, adapted enterprises and ESATs, under your framework agreements.',
    searchLabel: 'Search refurbished goods',
    searchPlaceholder: 'fridge, office chair, laptop…',
    searchButton: 'Search',
    categoriesTitle: 'Popular categories',
    categoriesLoading: 'Loading categories…',
    valuesTitle: 'Why Boucle?',
    value1Title: 'Within your framework agreement',
    value1Text:
      "Every order respects your framework agreements' lots, maximum amounts and prices.",
    value2Title: 'Your AGEC reuse share',
    value2Text:
      'Track the share of your purchases that comes from reuse, per product category, ready for your yearly declaration.',
    value3Title: 'Work-integration hours',
    value3Text:
      'Your purchases create working hours for people on integration pathways or with disabilities.',
  },
  catalogue: {
    title: 'Catalogue',
    heading: 'Catalogue of refurbished goods',
    resultsFor: 'Results for “{{q}}”',
    category: 'Category: {{category}}',
    comingTitle: 'Search is coming soon',
    comingText:
      'The catalogue search engine is being built. Your search “{{q}}” is kept in this page’s address, so you can share it.',
    comingTextNoQuery: 'The catalogue search engine is being built.',
    results_one: '{{count}} item found',
    results_other: '{{count}} items found',
    backHome: 'Back to home',
  },
  status: {
    title: 'Service status',
    heading: 'Service status',
    intro: 'The components Boucle depends on, checked each time this page is shown.',
    loading: 'Checking…',
    up: 'Operational',
    down: 'Unavailable',
    unknown: 'Unknown',
    overall: 'Service',
    jdbc: 'PostgreSQL database',
    elasticsearch: 'Elasticsearch search engine',
    error: 'The service status could not be obtained.',
    refresh: 'Check again',
  },
  notFound: {
    title: 'Page not found',
    text: 'The page you are looking for does not exist or has moved.',
  },
};
