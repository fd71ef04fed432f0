/** The end-of-session warning's messages (RGAA 13.1), in French and English, mounted under `sessionTimeout`. */
export const sessionTimeoutFr = {
  title: 'Votre session va bientôt se terminer',
  text: 'Par sécurité, votre session se termine dans {{time}}. Prolongez-la pour continuer sans rien perdre de ce que vous êtes en train de saisir.',
  extend: 'Prolonger ma session',
  signOut: 'Me déconnecter',
  extended: 'Votre session est prolongée jusqu’à {{time}}.',
  failed: 'La session n’a pas pu être prolongée. Réessayez ; enregistrez votre travail si vous le pouvez.',
  minutesSeconds: '{{minutes}} min {{seconds}} s',
  seconds: '{{seconds}} s',
  ended: 'Votre session a pris fin. Reconnectez-vous : vous reviendrez à la page où vous étiez.',
};

export const sessionTimeoutEn: typeof sessionTimeoutFr = {
  title: 'Your session will end soon',
  text: 'For security, your session ends in {{time}}. Extend it to carry on without losing what you are typing.',
  extend: 'Extend my session',
  signOut: 'Sign me out',
  extended: 'Your session is extended until {{time}}.',
  failed: 'The session could not be extended. Try again; save your work if you can.',
  minutesSeconds: '{{minutes}} min {{seconds}} s',
  seconds: '{{seconds}} s',
  ended: 'Your session has ended. Sign in again: you will come back to the page you were on.',
};
