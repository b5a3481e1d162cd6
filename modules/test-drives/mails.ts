import type { OutgoingMail } from '@/lib/mail/outbox';
import { renderMailHtml } from '@/lib/mail/render';
import { catalogue, mailStill } from '@/modules/catalog';
import { modelName, type Lang } from './catalog-names';
import { driveCalendarFile } from './ics';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

// The buyer's e-mails, in the language chosen at booking time. Times are shown in the
// dealership's zone, which is where the buyer will be.

export type MailDrive = {
  id: string;
  reference: string;
  kind: 'showroom' | 'home';
  modelCode: string;
  trimCode: string | null;
  /** The app's public URL: the still of the model in the confirmation and reminders is an absolute link under it. */
  appUrl: string;
  start: Date;
  end: Date;
  timeZone: string;
  locale: Lang;
  driverEmail: string;
  driverFirstName: string;
  dealershipName: string;
  dealershipAddress: string;
  homeAddress: string | null;
  sequence: number;
};

export function formatDriveTime(start: Date, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(start);
  return frenchFirstOfMonth(text, lang);
}

const where = (d: MailDrive, lang: Lang) =>
  d.kind === 'home'
    ? lang === 'fr'
      ? `À domicile : ${d.homeAddress ?? ''} (un conseiller de ${d.dealershipName} vient avec la voiture)`
      : `At home: ${d.homeAddress ?? ''} (a specialist from ${d.dealershipName} brings the car)`
    : lang === 'fr'
      ? `En concession : ${d.dealershipName}, ${d.dealershipAddress}`
      : `At the dealership: ${d.dealershipName}, ${d.dealershipAddress}`;

function mail(kind: string, d: MailDrive, subject: string, paragraphs: string[], action?: { label: string; url: string }, withCalendar?: 'confirmed' | 'cancelled'): OutgoingMail {
  // The car to drive heads the confirmation and the reminders (a demo car: the trim's default look).
  const picture = kind === 'test-drive.cancelled' ? null : mailStill(catalogue, { model: d.modelCode, trim: d.trimCode }, d.locale, d.appUrl);
  const text = [...paragraphs, ...(action ? [`${action.label} : ${action.url}`] : [])].join('\n\n');
  const calendar =
    withCalendar === undefined
      ? undefined
      : [
          driveCalendarFile({
            id: d.id,
            reference: d.reference,
            start: d.start,
            end: d.end,
            title: d.locale === 'fr' ? `Essai ${modelName(d.modelCode, 'fr')} – Virage` : `${modelName(d.modelCode, 'en')} test drive – Virage`,
            description: `${where(d, d.locale)}\n${d.locale === 'fr' ? 'Référence' : 'Reference'} ${d.reference}`,
            location: d.kind === 'home' ? (d.homeAddress ?? '') : `${d.dealershipName}, ${d.dealershipAddress}`,
            sequence: d.sequence,
            cancelled: withCalendar === 'cancelled',
          }),
        ];
  return { kind, to: d.driverEmail, subject, text, html: renderMailHtml(paragraphs, action, picture ?? undefined), ...(calendar ? { attachments: calendar } : {}) };
}

export function confirmationMail(d: MailDrive, manageUrl: string, moved = false): OutgoingMail {
  const lang = d.locale;
  const when = formatDriveTime(d.start, d.timeZone, lang);
  const model = modelName(d.modelCode, lang);
  if (lang === 'en') {
    return mail(
      moved ? 'test-drive.moved' : 'test-drive.confirmed',
      d,
      `${moved ? 'Test drive moved' : 'Test drive confirmed'}: ${model}, ${when} (${d.reference})`,
      [`Hello ${d.driverFirstName},`, `${moved ? 'Your test drive has been moved' : 'Your test drive is booked'}: ${model}, ${when}.`, where(d, lang), `Reference: ${d.reference}. Bring your driving licence. The calendar file is attached.`, 'To reschedule or cancel, use this link (no account needed):'],
      { label: 'Reschedule or cancel', url: manageUrl },
      'confirmed',
    );
  }
  return mail(
    moved ? 'test-drive.moved' : 'test-drive.confirmed',
    d,
    `${moved ? 'Essai déplacé' : 'Essai confirmé'} : ${model}, ${when} (${d.reference})`,
    [`Bonjour ${d.driverFirstName},`, `${moved ? 'Votre essai a été déplacé' : 'Votre essai est réservé'} : ${model}, ${when}.`, where(d, lang), `Référence : ${d.reference}. Pensez à votre permis de conduire. Le fichier d’agenda est joint.`, 'Pour déplacer ou annuler, utilisez ce lien (sans compte) :'],
    { label: 'Déplacer ou annuler', url: manageUrl },
    'confirmed',
  );
}

/** `duplicate`: cancelled because the same buyer had booked another drive at that time first. */
export function cancellationMail(d: MailDrive, duplicate = false): OutgoingMail {
  const lang = d.locale;
  const when = formatDriveTime(d.start, d.timeZone, lang);
  const model = modelName(d.modelCode, lang);
  const why =
    lang === 'en'
      ? 'Another test drive had been booked at that time before this one, under the same account: we keep that one.'
      : 'Un autre essai avait été réservé à cette heure-là avant celui-ci, sur le même compte : nous gardons celui-là.';
  return lang === 'en'
    ? mail('test-drive.cancelled', d, `Test drive cancelled: ${model}, ${when} (${d.reference})`, [`Hello ${d.driverFirstName},`, `Your test drive of ${when} is cancelled.`, ...(duplicate ? [why] : []), 'You can book another one at any time on virage.example.'], undefined, 'cancelled')
    : mail('test-drive.cancelled', d, `Essai annulé : ${model}, ${when} (${d.reference})`, [`Bonjour ${d.driverFirstName},`, `Votre essai du ${when} est annulé.`, ...(duplicate ? [why] : []), 'Vous pouvez en réserver un autre à tout moment sur virage.example.'], undefined, 'cancelled');
}

export function reminderMail(d: MailDrive, manageUrl: string, hoursBefore: 24 | 2): OutgoingMail {
  const lang = d.locale;
  const when = formatDriveTime(d.start, d.timeZone, lang);
  const model = modelName(d.modelCode, lang);
  return lang === 'en'
    ? mail(`test-drive.reminder-${hoursBefore}h`, d, `Reminder: your ${model} test drive, ${when}`, [`Hello ${d.driverFirstName},`, `See you ${hoursBefore === 24 ? 'tomorrow' : 'soon'}: ${when}.`, where(d, lang), 'Bring your driving licence.'], { label: 'Reschedule or cancel', url: manageUrl })
    : mail(`test-drive.reminder-${hoursBefore}h`, d, `Rappel : votre essai ${model}, ${when}`, [`Bonjour ${d.driverFirstName},`, `À ${hoursBefore === 24 ? 'demain' : 'tout à l’heure'} : ${when}.`, where(d, lang), 'Pensez à votre permis de conduire.'], { label: 'Déplacer ou annuler', url: manageUrl });
}

export function surveyMail(d: MailDrive, surveyUrl: string): OutgoingMail {
  const model = modelName(d.modelCode, d.locale);
  return d.locale === 'en'
    ? mail('test-drive.survey', d, `How was your ${model} test drive?`, [`Hello ${d.driverFirstName},`, 'Thank you for driving with us. Two questions, one minute:'], { label: 'Give my opinion', url: surveyUrl })
    : mail('test-drive.survey', d, `Comment s’est passé votre essai ${model} ?`, [`Bonjour ${d.driverFirstName},`, 'Merci pour votre essai. Deux questions, une minute :'], { label: 'Donner mon avis', url: surveyUrl });
}
