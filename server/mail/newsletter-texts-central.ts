// Newsletter mails and pages in German, Slovak, Polish, Hungarian, French and Italian (see newsletter-texts.ts
// for the shape). Formal address throughout.
import type { NewsletterText } from './newsletter-texts.js';

export const centralNewsletterTexts: Record<string, NewsletterText> = {
  de: {
    confirmSubject: 'Bitte bestätigen Sie Ihr Newsletter-Abonnement',
    confirmBody:
      'Jemand – hoffentlich Sie – hat unseren Newsletter an diese Adresse bestellt. Bitte öffnen Sie zur Bestätigung innerhalb von 7 Tagen diesen Link:\n\n{link}\n\nWenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ohne Bestätigung wird die Adresse nach 7 Tagen gelöscht.',
    alreadySubject: 'Ihr Abonnement besteht bereits',
    alreadyBody:
      'Jemand hat diese Adresse für unseren Newsletter angemeldet, den sie bereits erhält. Es hat sich nichts geändert.',
    changeSubject: 'Bitte bestätigen Sie die Änderung Ihres Newsletter-Abonnements',
    changeBody:
      'Jemand – hoffentlich Sie – möchte ändern, welche unserer Newsletter diese Adresse erhält. Bitte öffnen Sie zur Bestätigung innerhalb von 7 Tagen diesen Link:\n\n{link}\n\nWenn Sie das nicht waren, ignorieren Sie diese Nachricht: Es ändert sich nichts.',
    unsubscribeLine: 'Um diese Nachrichten nicht mehr zu erhalten: {url}',
    confirmedTitle: 'Abonnement bestätigt',
    confirmedBody: 'Vielen Dank. Ihr Abonnement ist bestätigt für: {lists}.',
    confirmedNoLists: 'Vielen Dank. Ihr Abonnement ist bestätigt.',
    usedTitle: 'Dieser Link wurde bereits verwendet',
    expiredTitle: 'Dieser Link ist abgelaufen',
    expiredBody: 'Bestätigungslinks sind 7 Tage gültig. Bitte melden Sie sich erneut an.',
    invalidTitle: 'Dieser Link ist ungültig',
    invalidBody:
      'Der Link ist unvollständig oder wurde verändert. Kopieren Sie den vollständigen Link aus der E-Mail oder melden Sie sich erneut an.',
    signUpAgain: 'Erneut anmelden',
    unsubscribeTitle: 'Vom Newsletter abmelden',
    unsubscribeBody: 'Möchten Sie den Newsletter an diese Adresse nicht mehr erhalten?',
    unsubscribeButton: 'Abmelden',
    unsubscribedTitle: 'Sie sind abgemeldet',
    unsubscribedBody: 'Sie erhalten den Newsletter nicht mehr.',
  },
  sk: {
    confirmSubject: 'Potvrďte, prosím, prihlásenie na odber spravodajcu',
    confirmBody:
      'Niekto, dúfame, že Vy, požiadal o zasielanie nášho spravodajcu na túto adresu. Na potvrdenie otvorte do 7 dní tento odkaz:\n\n{link}\n\nAk ste o zasielanie nežiadali, správu ignorujte: bez potvrdenia bude adresa po 7 dňoch vymazaná.',
    alreadySubject: 'Spravodajcu už odoberáte',
    alreadyBody:
      'Niekto požiadal o prihlásenie tejto adresy na odber spravodajcu, ktorý na ňu už chodí. Nič sa nezmenilo.',
    changeSubject: 'Potvrďte, prosím, zmenu odberu spravodajcu',
    changeBody:
      'Niekto, dúfame, že Vy, požiadal o zmenu toho, ktoré z našich spravodajcov chodia na túto adresu. Na potvrdenie zmeny otvorte do 7 dní tento odkaz:\n\n{link}\n\nAk ste o zmenu nežiadali, správu ignorujte: nič sa nezmení.',
    unsubscribeLine: 'Odhlásenie z odberu: {url}',
    confirmedTitle: 'Odber potvrdený',
    confirmedBody: 'Ďakujeme. Odber je potvrdený pre: {lists}.',
    confirmedNoLists: 'Ďakujeme. Odber je potvrdený.',
    usedTitle: 'Tento odkaz už bol použitý',
    expiredTitle: 'Platnosť odkazu vypršala',
    expiredBody: 'Potvrdzovacie odkazy platia 7 dní. Prihláste sa, prosím, znova.',
    invalidTitle: 'Tento odkaz nie je platný',
    invalidBody: 'Odkaz je neúplný alebo bol zmenený. Skopírujte celý odkaz z e-mailu alebo sa prihláste znova.',
    signUpAgain: 'Prihlásiť sa znova',
    unsubscribeTitle: 'Odhlásenie zo spravodajcu',
    unsubscribeBody: 'Chcete prestať dostávať spravodajcu na túto adresu?',
    unsubscribeButton: 'Odhlásiť',
    unsubscribedTitle: 'Odber bol zrušený',
    unsubscribedBody: 'Spravodajcu Vám už nebudeme zasielať.',
  },
  pl: {
    confirmSubject: 'Prosimy o potwierdzenie subskrypcji newslettera',
    confirmBody:
      'Ktoś, mamy nadzieję, że Państwo, poprosił o przesyłanie naszego newslettera na ten adres. Aby potwierdzić, prosimy otworzyć ten link w ciągu 7 dni:\n\n{link}\n\nJeśli to nie Państwo, prosimy zignorować tę wiadomość: bez potwierdzenia adres zostanie usunięty po 7 dniach.',
    alreadySubject: 'Subskrypcja jest już aktywna',
    alreadyBody:
      'Ktoś poprosił o zapisanie tego adresu na nasz newsletter, który już do niego trafia. Nic się nie zmieniło.',
    changeSubject: 'Prosimy o potwierdzenie zmiany subskrypcji newslettera',
    changeBody:
      'Ktoś, mamy nadzieję, że Państwo, poprosił o zmianę tego, które z naszych newsletterów trafiają na ten adres. Aby potwierdzić zmianę, prosimy otworzyć ten link w ciągu 7 dni:\n\n{link}\n\nJeśli to nie Państwo, prosimy zignorować tę wiadomość: nic się nie zmieni.',
    unsubscribeLine: 'Aby zrezygnować z otrzymywania tych wiadomości: {url}',
    confirmedTitle: 'Subskrypcja potwierdzona',
    confirmedBody: 'Dziękujemy. Subskrypcja została potwierdzona dla: {lists}.',
    confirmedNoLists: 'Dziękujemy. Subskrypcja została potwierdzona.',
    usedTitle: 'Ten link został już użyty',
    expiredTitle: 'Ten link wygasł',
    expiredBody: 'Linki potwierdzające są ważne przez 7 dni. Prosimy zapisać się ponownie.',
    invalidTitle: 'Ten link jest nieprawidłowy',
    invalidBody:
      'Link jest niekompletny lub został zmieniony. Prosimy skopiować cały link z wiadomości e-mail lub zapisać się ponownie.',
    signUpAgain: 'Zapisz się ponownie',
    unsubscribeTitle: 'Rezygnacja z newslettera',
    unsubscribeBody: 'Czy chcą Państwo przestać otrzymywać newsletter na ten adres?',
    unsubscribeButton: 'Wypisz mnie',
    unsubscribedTitle: 'Subskrypcja została anulowana',
    unsubscribedBody: 'Nie będą już Państwo otrzymywać newslettera.',
  },
  hu: {
    confirmSubject: 'Kérjük, erősítse meg hírlevél-feliratkozását',
    confirmBody:
      'Valaki – reméljük, Ön – kérte hírlevelünk küldését erre a címre. A megerősítéshez 7 napon belül nyissa meg ezt a hivatkozást:\n\n{link}\n\nHa nem Ön volt, hagyja figyelmen kívül ezt az üzenetet: megerősítés nélkül a címet 7 nap után töröljük.',
    alreadySubject: 'Ön már feliratkozott',
    alreadyBody:
      'Valaki kérte ennek a címnek a feliratkozását hírlevelünkre, amelyet ez a cím már megkap. Semmi sem változott.',
    changeSubject: 'Kérjük, erősítse meg hírlevél-feliratkozása módosítását',
    changeBody:
      'Valaki – reméljük, Ön – kérte, hogy módosítsuk, mely hírleveleinket kapja ez a cím. A módosítás megerősítéséhez 7 napon belül nyissa meg ezt a hivatkozást:\n\n{link}\n\nHa nem Ön volt, hagyja figyelmen kívül ezt az üzenetet: semmi sem változik.',
    unsubscribeLine: 'Ha nem szeretne több ilyen üzenetet kapni: {url}',
    confirmedTitle: 'Feliratkozás megerősítve',
    confirmedBody: 'Köszönjük. Feliratkozását megerősítettük a következőkre: {lists}.',
    confirmedNoLists: 'Köszönjük. Feliratkozását megerősítettük.',
    usedTitle: 'Ezt a hivatkozást már felhasználták',
    expiredTitle: 'Ez a hivatkozás lejárt',
    expiredBody: 'A megerősítő hivatkozások 7 napig érvényesek. Kérjük, iratkozzon fel újra.',
    invalidTitle: 'Ez a hivatkozás érvénytelen',
    invalidBody:
      'A hivatkozás hiányos, vagy módosították. Másolja ki a teljes hivatkozást az e-mailből, vagy iratkozzon fel újra.',
    signUpAgain: 'Feliratkozás újra',
    unsubscribeTitle: 'Leiratkozás a hírlevélről',
    unsubscribeBody: 'Szeretné, hogy erre a címre többé ne küldjük a hírlevelet?',
    unsubscribeButton: 'Leiratkozás',
    unsubscribedTitle: 'A leiratkozás megtörtént',
    unsubscribedBody: 'Többé nem küldjük Önnek a hírlevelet.',
  },
  fr: {
    confirmSubject: 'Veuillez confirmer votre abonnement à la lettre d’information',
    confirmBody:
      'Quelqu’un, vous sans doute, a demandé à recevoir notre lettre d’information à cette adresse. Pour confirmer, ouvrez ce lien dans les 7 jours :\n\n{link}\n\nSi ce n’était pas vous, ignorez ce message : sans confirmation, l’adresse est supprimée au bout de 7 jours.',
    alreadySubject: 'Abonnement déjà actif',
    alreadyBody:
      'Quelqu’un a demandé l’abonnement de cette adresse à notre lettre d’information, qu’elle reçoit déjà. Rien n’a changé.',
    changeSubject: 'Veuillez confirmer la modification de votre abonnement à la lettre d’information',
    changeBody:
      'Quelqu’un, vous sans doute, a demandé à modifier les lettres d’information que reçoit cette adresse. Pour confirmer la modification, ouvrez ce lien dans les 7 jours :\n\n{link}\n\nSi ce n’était pas vous, ignorez ce message : rien ne change.',
    unsubscribeLine: 'Pour ne plus recevoir ces messages : {url}',
    confirmedTitle: 'Abonnement confirmé',
    confirmedBody: 'Merci. Votre abonnement est confirmé pour : {lists}.',
    confirmedNoLists: 'Merci. Votre abonnement est confirmé.',
    usedTitle: 'Ce lien a déjà été utilisé',
    expiredTitle: 'Ce lien a expiré',
    expiredBody: 'Les liens de confirmation sont valables 7 jours. Veuillez vous inscrire à nouveau.',
    invalidTitle: 'Ce lien n’est pas valide',
    invalidBody:
      'Le lien est incomplet ou a été modifié. Copiez le lien complet depuis l’e-mail, ou inscrivez-vous à nouveau.',
    signUpAgain: 'S’inscrire à nouveau',
    unsubscribeTitle: 'Se désabonner de la lettre d’information',
    unsubscribeBody: 'Souhaitez-vous ne plus recevoir la lettre d’information à cette adresse ?',
    unsubscribeButton: 'Se désabonner',
    unsubscribedTitle: 'Désabonnement effectué',
    unsubscribedBody: 'Vous ne recevrez plus la lettre d’information.',
  },
  it: {
    confirmSubject: 'Confermi l’iscrizione alla newsletter',
    confirmBody:
      'Qualcuno, speriamo Lei, ha chiesto di ricevere la nostra newsletter a questo indirizzo. Per confermare, apra questo link entro 7 giorni:\n\n{link}\n\nSe non è stato Lei, ignori questo messaggio: senza conferma l’indirizzo viene cancellato dopo 7 giorni.',
    alreadySubject: 'Iscrizione già attiva',
    alreadyBody:
      'Qualcuno ha chiesto di iscrivere questo indirizzo alla nostra newsletter, che già lo riceve. Non è cambiato nulla.',
    changeSubject: 'Confermi la modifica dell’iscrizione alla newsletter',
    changeBody:
      'Qualcuno, speriamo Lei, ha chiesto di modificare quali delle nostre newsletter riceve questo indirizzo. Per confermare la modifica, apra questo link entro 7 giorni:\n\n{link}\n\nSe non è stato Lei, ignori questo messaggio: non cambia nulla.',
    unsubscribeLine: 'Per non ricevere più questi messaggi: {url}',
    confirmedTitle: 'Iscrizione confermata',
    confirmedBody: 'Grazie. La Sua iscrizione è confermata per: {lists}.',
    confirmedNoLists: 'Grazie. La Sua iscrizione è confermata.',
    usedTitle: 'Questo link è già stato utilizzato',
    expiredTitle: 'Questo link è scaduto',
    expiredBody: 'I link di conferma sono validi 7 giorni. La preghiamo di iscriversi di nuovo.',
    invalidTitle: 'Questo link non è valido',
    invalidBody:
      'Il link è incompleto o è stato modificato. Copi il link completo dall’e-mail oppure si iscriva di nuovo.',
    signUpAgain: 'Iscriversi di nuovo',
    unsubscribeTitle: 'Annullare l’iscrizione alla newsletter',
    unsubscribeBody: 'Desidera non ricevere più la newsletter a questo indirizzo?',
    unsubscribeButton: 'Annulla l’iscrizione',
    unsubscribedTitle: 'Iscrizione annullata',
    unsubscribedBody: 'Non riceverà più la newsletter.',
  },
};
