import { describe, expect, it } from 'vitest';
import { spreadSlots } from './server/proposals';
import { cancellationMail, confirmationMail, formatDriveTime, reminderMail, type MailDrive } from './mails';

const drive: MailDrive = {
  id: 'td_1',
  reference: 'VXABC234',
  kind: 'showroom',
  modelCode: 'horizon',
  trimCode: null,
  appUrl: 'https://virage.example',
  start: new Date('2026-12-03T09:00:00Z'),
  end: new Date('2026-12-03T09:45:00Z'),
  timeZone: 'Europe/Paris',
  locale: 'fr',
  driverEmail: 'lea@example.org',
  driverFirstName: 'Léa',
  dealershipName: 'Virage Lyon Gerland',
  dealershipAddress: '12 avenue Tony Garnier, 69007 Lyon',
  homeAddress: null,
  sequence: 0,
};

describe('test-drive e-mails', () => {
  it('shows the time in the dealership zone, in the buyer language', () => {
    expect(formatDriveTime(drive.start, 'Europe/Paris', 'fr')).toBe('jeudi 3 décembre 2026 à 10:00');
    expect(formatDriveTime(drive.start, 'Europe/Paris', 'en')).toContain('10:00');
    expect(formatDriveTime(new Date('2027-03-01T09:00:00Z'), 'Europe/Paris', 'fr')).toBe('lundi 1er mars 2027 à 10:00');
  });

  it('confirms with the manage link and an .ics file in UTC', () => {
    const mail = confirmationMail(drive, 'http://x/test-drive/manage/t');
    expect(mail.subject).toContain('Essai confirmé');
    expect(mail.text).toContain('http://x/test-drive/manage/t');
    const ics = mail.attachments?.[0];
    expect(ics?.filename).toBe('essai-VXABC234.ics');
    expect(ics?.content).toContain('DTSTART:20261203T090000Z');
    expect(ics?.content).toContain('UID:test-drive-td_1@virage.example');
  });

  it('shows the model to drive as an absolute JPEG link with alt text in the buyer language; not when cancelled', () => {
    const html = confirmationMail(drive, 'http://x/test-drive/manage/t').html;
    expect(html).toMatch(/<img src="https:\/\/virage\.example\/stills\/horizon\/front-[a-z0-9-]+-960\.jpg" alt="Virage Horizon [^"]+, jantes [^"]+, vue de trois quarts avant"/);
    expect(reminderMail({ ...drive, locale: 'en' }, 'http://x', 2).html).toMatch(/alt="Virage Horizon in [^"]+ wheels, front three-quarter view"/);
    expect(cancellationMail(drive).html).not.toContain('<img');
  });

  it('cancels the calendar event and reminds in English', () => {
    expect(cancellationMail(drive).attachments?.[0]?.content).toContain('STATUS:CANCELLED');
    expect(reminderMail({ ...drive, locale: 'en' }, 'http://x', 24).subject).toMatch(/^Reminder: your Virage Horizon test drive/);
  });
});

describe('proposals', () => {
  const slot = (day: string, time: string) => ({ start: `${day}T${time}:00Z`, end: '', localDate: day, localTime: time });
  it('spreads proposals over several days', () => {
    const days = ['2026-12-03', '2026-12-04', '2026-12-05'].map((d) => ({ slots: ['09:00', '10:00', '11:00', '14:00'].map((t) => slot(d, t)) }));
    expect(spreadSlots(days, 3).map((s) => s.localDate)).toEqual(['2026-12-03', '2026-12-04', '2026-12-05']);
    expect(spreadSlots(days, 5)).toHaveLength(5);
    expect(spreadSlots([{ slots: [slot('2026-12-03', '09:00')] }], 3)).toHaveLength(1);
  });
});
