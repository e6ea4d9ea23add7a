// Newsletter mails and pages in Romanian, Bulgarian, Croatian, Slovenian and Albanian (see newsletter-texts.ts
// for the shape). Formal address throughout.
import type { NewsletterText } from './newsletter-texts.js';

export const southEastNewsletterTexts: Record<string, NewsletterText> = {
  ro: {
    confirmSubject: 'Vă rugăm să confirmați abonarea la newsletter',
    confirmBody:
      'Cineva, sperăm că dumneavoastră, a cerut să primească newsletterul nostru la această adresă. Pentru confirmare, deschideți acest link în cel mult 7 zile:\n\n{link}\n\nDacă nu ați fost dumneavoastră, ignorați acest mesaj: fără confirmare, adresa este ștearsă după 7 zile.',
    alreadySubject: 'Abonarea este deja activă',
    alreadyBody:
      'Cineva a cerut abonarea acestei adrese la newsletterul nostru, pe care îl primește deja. Nu s-a schimbat nimic.',
    changeSubject: 'Vă rugăm să confirmați modificarea abonării la newsletter',
    changeBody:
      'Cineva, sperăm că dumneavoastră, a cerut să se modifice ce newslettere de la noi primește această adresă. Pentru confirmarea modificării, deschideți acest link în cel mult 7 zile:\n\n{link}\n\nDacă nu ați fost dumneavoastră, ignorați acest mesaj: nu se schimbă nimic.',
    unsubscribeLine: 'Pentru a nu mai primi aceste mesaje: {url}',
    confirmedTitle: 'Abonare confirmată',
    confirmedBody: 'Vă mulțumim. Abonarea este confirmată pentru: {lists}.',
    confirmedNoLists: 'Vă mulțumim. Abonarea este confirmată.',
    usedTitle: 'Acest link a fost deja folosit',
    expiredTitle: 'Acest link a expirat',
    expiredBody: 'Linkurile de confirmare sunt valabile 7 zile. Vă rugăm să vă abonați din nou.',
    invalidTitle: 'Acest link nu este valid',
    invalidBody:
      'Linkul este incomplet sau a fost modificat. Copiați linkul complet din e-mail sau abonați-vă din nou.',
    signUpAgain: 'Abonați-vă din nou',
    unsubscribeTitle: 'Dezabonare de la newsletter',
    unsubscribeBody: 'Doriți să nu mai primiți newsletterul la această adresă?',
    unsubscribeButton: 'Dezabonare',
    unsubscribedTitle: 'Dezabonare efectuată',
    unsubscribedBody: 'Nu veți mai primi newsletterul.',
  },
  bg: {
    confirmSubject: 'Моля, потвърдете абонамента си за бюлетина',
    confirmBody:
      'Някой, надяваме се Вие, е поискал да получава нашия бюлетин на този адрес. За да потвърдите, отворете тази връзка в рамките на 7 дни:\n\n{link}\n\nАко не сте били Вие, не обръщайте внимание на това съобщение: без потвърждение адресът се изтрива след 7 дни.',
    alreadySubject: 'Абонаментът вече е активен',
    alreadyBody:
      'Някой поиска този адрес да бъде абониран за нашия бюлетин, който той вече получава. Нищо не е променено.',
    changeSubject: 'Моля, потвърдете промяната на абонамента си за бюлетина',
    changeBody:
      'Някой, надяваме се Вие, е поискал да промени кои от нашите бюлетини получава този адрес. За да потвърдите промяната, отворете тази връзка в рамките на 7 дни:\n\n{link}\n\nАко не сте били Вие, не обръщайте внимание на това съобщение: нищо няма да се промени.',
    unsubscribeLine: 'За да спрете да получавате тези съобщения: {url}',
    confirmedTitle: 'Абонаментът е потвърден',
    confirmedBody: 'Благодарим Ви. Абонаментът Ви е потвърден за: {lists}.',
    confirmedNoLists: 'Благодарим Ви. Абонаментът Ви е потвърден.',
    usedTitle: 'Тази връзка вече е използвана',
    expiredTitle: 'Валидността на тази връзка е изтекла',
    expiredBody: 'Връзките за потвърждение са валидни 7 дни. Моля, абонирайте се отново.',
    invalidTitle: 'Тази връзка е невалидна',
    invalidBody: 'Връзката е непълна или е променена. Копирайте цялата връзка от имейла или се абонирайте отново.',
    signUpAgain: 'Абониране отново',
    unsubscribeTitle: 'Отписване от бюлетина',
    unsubscribeBody: 'Искате ли да спрете да получавате бюлетина на този адрес?',
    unsubscribeButton: 'Отписване',
    unsubscribedTitle: 'Отписването е извършено',
    unsubscribedBody: 'Повече няма да получавате бюлетина.',
  },
  hr: {
    confirmSubject: 'Molimo potvrdite pretplatu na newsletter',
    confirmBody:
      'Netko, nadamo se Vi, zatražio je primanje našeg newslettera na ovu adresu. Za potvrdu otvorite ovu poveznicu u roku od 7 dana:\n\n{link}\n\nAko to niste bili Vi, zanemarite ovu poruku: bez potvrde adresa se briše nakon 7 dana.',
    alreadySubject: 'Pretplata je već aktivna',
    alreadyBody:
      'Netko je zatražio pretplatu ove adrese na naš newsletter, koji ona već prima. Ništa se nije promijenilo.',
    changeSubject: 'Molimo potvrdite promjenu pretplate na newsletter',
    changeBody:
      'Netko, nadamo se Vi, zatražio je promjenu toga koje naše newslettere prima ova adresa. Za potvrdu promjene otvorite ovu poveznicu u roku od 7 dana:\n\n{link}\n\nAko to niste bili Vi, zanemarite ovu poruku: ništa se ne mijenja.',
    unsubscribeLine: 'Za prestanak primanja ovih poruka: {url}',
    confirmedTitle: 'Pretplata potvrđena',
    confirmedBody: 'Hvala. Vaša je pretplata potvrđena za: {lists}.',
    confirmedNoLists: 'Hvala. Vaša je pretplata potvrđena.',
    usedTitle: 'Ova je poveznica već iskorištena',
    expiredTitle: 'Ova je poveznica istekla',
    expiredBody: 'Poveznice za potvrdu vrijede 7 dana. Molimo prijavite se ponovno.',
    invalidTitle: 'Ova poveznica nije valjana',
    invalidBody:
      'Poveznica je nepotpuna ili je promijenjena. Kopirajte cijelu poveznicu iz e-pošte ili se prijavite ponovno.',
    signUpAgain: 'Ponovna prijava',
    unsubscribeTitle: 'Odjava s newslettera',
    unsubscribeBody: 'Želite li prestati primati newsletter na ovu adresu?',
    unsubscribeButton: 'Odjava',
    unsubscribedTitle: 'Odjava je provedena',
    unsubscribedBody: 'Više nećete primati newsletter.',
  },
  sl: {
    confirmSubject: 'Prosimo, potrdite naročnino na e-novice',
    confirmBody:
      'Nekdo, upamo, da vi, je zaprosil za prejemanje naših e-novic na ta naslov. Za potrditev v 7 dneh odprite to povezavo:\n\n{link}\n\nČe to niste bili vi, sporočilo prezrite: brez potrditve bo naslov po 7 dneh izbrisan.',
    alreadySubject: 'Naročnina je že aktivna',
    alreadyBody:
      'Nekdo je zaprosil za prijavo tega naslova na naše e-novice, ki jih ta naslov že prejema. Nič se ni spremenilo.',
    changeSubject: 'Prosimo, potrdite spremembo naročnine na e-novice',
    changeBody:
      'Nekdo, upamo, da vi, je zaprosil za spremembo tega, katere naše e-novice prejema ta naslov. Za potrditev spremembe v 7 dneh odprite to povezavo:\n\n{link}\n\nČe to niste bili vi, sporočilo prezrite: nič se ne spremeni.',
    unsubscribeLine: 'Če teh sporočil ne želite več prejemati: {url}',
    confirmedTitle: 'Naročnina potrjena',
    confirmedBody: 'Hvala. Vaša naročnina je potrjena za: {lists}.',
    confirmedNoLists: 'Hvala. Vaša naročnina je potrjena.',
    usedTitle: 'Ta povezava je že bila uporabljena',
    expiredTitle: 'Ta povezava je potekla',
    expiredBody: 'Povezave za potrditev veljajo 7 dni. Prosimo, prijavite se znova.',
    invalidTitle: 'Ta povezava ni veljavna',
    invalidBody:
      'Povezava je nepopolna ali je bila spremenjena. Kopirajte celotno povezavo iz e-pošte ali se prijavite znova.',
    signUpAgain: 'Ponovna prijava',
    unsubscribeTitle: 'Odjava od e-novic',
    unsubscribeBody: 'Ali ne želite več prejemati e-novic na ta naslov?',
    unsubscribeButton: 'Odjava',
    unsubscribedTitle: 'Odjava je bila izvedena',
    unsubscribedBody: 'E-novic ne boste več prejemali.',
  },
  sq: {
    confirmSubject: 'Ju lutemi konfirmoni abonimin në buletin',
    confirmBody:
      'Dikush, shpresojmë ju, ka kërkuar të marrë buletinin tonë në këtë adresë. Për ta konfirmuar, hapni këtë lidhje brenda 7 ditëve:\n\n{link}\n\nNëse nuk ishit ju, shpërfilleni këtë mesazh: pa konfirmim, adresa fshihet pas 7 ditësh.',
    alreadySubject: 'Abonimi është tashmë aktiv',
    alreadyBody:
      'Dikush kërkoi që kjo adresë të abonohet në buletinin tonë, të cilin e merr tashmë. Asgjë nuk ka ndryshuar.',
    changeSubject: 'Ju lutemi konfirmoni ndryshimin e abonimit në buletin',
    changeBody:
      'Dikush, shpresojmë ju, ka kërkuar të ndryshojë se cilat nga buletinet tona merr kjo adresë. Për ta konfirmuar ndryshimin, hapni këtë lidhje brenda 7 ditëve:\n\n{link}\n\nNëse nuk ishit ju, shpërfilleni këtë mesazh: asgjë nuk ndryshon.',
    unsubscribeLine: 'Për të mos i marrë më këto mesazhe: {url}',
    confirmedTitle: 'Abonimi u konfirmua',
    confirmedBody: 'Faleminderit. Abonimi juaj është konfirmuar për: {lists}.',
    confirmedNoLists: 'Faleminderit. Abonimi juaj është konfirmuar.',
    usedTitle: 'Kjo lidhje është përdorur tashmë',
    expiredTitle: 'Kjo lidhje ka skaduar',
    expiredBody: 'Lidhjet e konfirmimit janë të vlefshme për 7 ditë. Ju lutemi abonohuni përsëri.',
    invalidTitle: 'Kjo lidhje nuk është e vlefshme',
    invalidBody:
      'Lidhja është e paplotë ose është ndryshuar. Kopjoni lidhjen e plotë nga e-maili ose abonohuni përsëri.',
    signUpAgain: 'Abonohuni përsëri',
    unsubscribeTitle: 'Çabonimi nga buletini',
    unsubscribeBody: 'Dëshironi të mos e merrni më buletinin në këtë adresë?',
    unsubscribeButton: 'Çabonohu',
    unsubscribedTitle: 'Çabonimi u krye',
    unsubscribedBody: 'Nuk do ta merrni më buletinin.',
  },
};
