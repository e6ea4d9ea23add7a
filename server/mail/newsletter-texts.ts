// Newsletter mails and pages in the 13 languages of the widgets: English and
// Czech here, the others in newsletter-texts-*.ts. {link}, {lists} and {url}
// are filled in.
import { centralNewsletterTexts } from './newsletter-texts-central.js';
import { southEastNewsletterTexts } from './newsletter-texts-southeast.js';

export interface NewsletterText {
  confirmSubject: string;
  confirmBody: string;
  alreadySubject: string;
  alreadyBody: string;
  /** To a confirmed subscriber who signed up again with other lists: {link} confirms the change. */
  changeSubject: string;
  changeBody: string;
  unsubscribeLine: string;
  confirmedTitle: string;
  confirmedBody: string;
  /** For a form without list choice: nothing to name. */
  confirmedNoLists: string;
  usedTitle: string;
  expiredTitle: string;
  expiredBody: string;
  invalidTitle: string;
  invalidBody: string;
  signUpAgain: string;
  unsubscribeTitle: string;
  unsubscribeBody: string;
  unsubscribeButton: string;
  unsubscribedTitle: string;
  unsubscribedBody: string;
}

const englishAndCzech: Record<string, NewsletterText> = {
  en: {
    confirmSubject: 'Please confirm your newsletter subscription',
    confirmBody:
      'Someone, hopefully you, asked to receive our newsletter at this address. To confirm, open this link within 7 days:\n\n{link}\n\nIf it was not you, ignore this message: without confirmation the address is deleted after 7 days.',
    alreadySubject: 'You are already subscribed',
    alreadyBody:
      'Someone asked to subscribe this address to our newsletter, which it already receives. Nothing has changed.',
    changeSubject: 'Please confirm the change to your newsletter subscription',
    changeBody:
      'Someone, hopefully you, asked to change which of our newsletters this address receives. To confirm the change, open this link within 7 days:\n\n{link}\n\nIf it was not you, ignore this message: nothing changes.',
    unsubscribeLine: 'To stop receiving these messages: {url}',
    confirmedTitle: 'Subscription confirmed',
    confirmedBody: 'Thank you. Your subscription is confirmed for: {lists}.',
    confirmedNoLists: 'Thank you. Your subscription is confirmed.',
    usedTitle: 'This link has already been used',
    expiredTitle: 'This link has expired',
    expiredBody: 'Confirmation links are valid for 7 days. Please sign up again.',
    invalidTitle: 'This link is not valid',
    invalidBody: 'The link is incomplete or has been changed. Copy the whole link from the e-mail, or sign up again.',
    signUpAgain: 'Sign up again',
    unsubscribeTitle: 'Unsubscribe from the newsletter',
    unsubscribeBody: 'Do you want to stop receiving the newsletter at this address?',
    unsubscribeButton: 'Unsubscribe',
    unsubscribedTitle: 'You are unsubscribed',
    unsubscribedBody: 'You will not receive the newsletter any more.',
  },
  cs: {
    confirmSubject: 'Potvrďte prosím přihlášení k odběru zpravodaje',
    confirmBody:
      'Někdo, snad Vy, požádal o zasílání našeho zpravodaje na tuto adresu. Pro potvrzení otevřete do 7 dnů tento odkaz:\n\n{link}\n\nPokud jste o zasílání nežádali, zprávu ignorujte: bez potvrzení bude adresa po 7 dnech smazána.',
    alreadySubject: 'Zpravodaj již odebíráte',
    alreadyBody: 'Někdo požádal o přihlášení této adresy k odběru zpravodaje, který na ni již chodí. Nic se nezměnilo.',
    changeSubject: 'Potvrďte prosím změnu odběru zpravodaje',
    changeBody:
      'Někdo, snad Vy, požádal o změnu toho, které naše zpravodaje na tuto adresu chodí. Pro potvrzení změny otevřete do 7 dnů tento odkaz:\n\n{link}\n\nPokud jste o změnu nežádali, zprávu ignorujte: nic se nezmění.',
    unsubscribeLine: 'Odhlášení z odběru: {url}',
    confirmedTitle: 'Odběr potvrzen',
    confirmedBody: 'Děkujeme. Odběr je potvrzen pro: {lists}.',
    confirmedNoLists: 'Děkujeme. Odběr je potvrzen.',
    usedTitle: 'Tento odkaz již byl použit',
    expiredTitle: 'Platnost odkazu vypršela',
    expiredBody: 'Potvrzovací odkazy platí 7 dní. Přihlaste se prosím znovu.',
    invalidTitle: 'Tento odkaz není platný',
    invalidBody: 'Odkaz je neúplný nebo byl změněn. Zkopírujte celý odkaz z e-mailu, nebo se přihlaste znovu.',
    signUpAgain: 'Přihlásit se znovu',
    unsubscribeTitle: 'Odhlášení ze zpravodaje',
    unsubscribeBody: 'Chcete přestat dostávat zpravodaj na tuto adresu?',
    unsubscribeButton: 'Odhlásit',
    unsubscribedTitle: 'Odběr byl zrušen',
    unsubscribedBody: 'Zpravodaj Vám již nebudeme zasílat.',
  },
};

export const newsletterTexts: Record<string, NewsletterText> = {
  ...englishAndCzech,
  ...centralNewsletterTexts,
  ...southEastNewsletterTexts,
};
