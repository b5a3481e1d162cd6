import 'server-only';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { parseManageToken, parseSurveyToken, verifyManageToken, verifySurveyToken } from '../token';
import type { ManageLinkState } from '../types';
import type { Actor } from './access';
import { cancelDriveRow, moveDriveRow, type BookedDrive } from './booking';
import { getDriveRow, toDriveView, type DriveRow } from './queries';

// What a buyer can do from the e-mail link, without an account.

const invalid = () => new AppError('BAD_REQUEST', 'This link is not valid.', { reason: 'TOKEN_INVALID' });

async function driveFromToken(token: string): Promise<{ row: DriveRow; version: number }> {
  const claims = parseManageToken(token);
  if (!claims) throw invalid();
  const row = await getDriveRow(claims.driveId);
  if (!row) throw invalid();
  const verified = verifyManageToken(env().BETTER_AUTH_SECRET, token, () => row.manageNonce);
  if (!verified || verified.version > row.manageTokenVersion) throw invalid();
  return { row, version: verified.version };
}

export async function readManageToken(token: string, now: Date = new Date()): Promise<ManageLinkState> {
  const { row, version } = await driveFromToken(token);
  const drive = toDriveView(row);
  if (row.status === 'cancelled') return { state: 'cancelled', drive };
  if (version < row.manageTokenVersion) return { state: 'moved', drive };
  if (row.status !== 'scheduled' || row.startsAt.getTime() <= now.getTime()) return { state: 'past', drive };
  return { state: 'valid', drive };
}

async function actionableDrive(token: string, now: Date): Promise<DriveRow> {
  const { row, version } = await driveFromToken(token);
  if (row.status === 'cancelled') throw new AppError('GONE', 'This test drive was cancelled.', { reason: 'DRIVE_CANCELLED' });
  if (version < row.manageTokenVersion) throw new AppError('GONE', 'This test drive was moved; use the link of the latest e-mail.', { reason: 'DRIVE_MOVED' });
  if (row.status !== 'scheduled' || row.startsAt.getTime() <= now.getTime()) throw new AppError('CONFLICT', 'This test drive can no longer be changed.', { reason: 'INVALID_TRANSITION' });
  return row;
}

const linkActor = (row: DriveRow): Actor => ({ userId: null, role: 'guest', dealershipId: null, email: row.driverEmail });

export async function moveDriveWithToken(token: string, start: Date, now: Date = new Date()): Promise<BookedDrive> {
  const row = await actionableDrive(token, now);
  return moveDriveRow(row, linkActor(row), { start }, now);
}

export async function cancelDriveWithToken(token: string, now: Date = new Date()) {
  const row = await actionableDrive(token, now);
  return cancelDriveRow(row, linkActor(row), 'buyer', now);
}

export type SurveyLinkState = { state: 'open' | 'answered' | 'not-completed'; reference: string; modelCode: string; dealershipName: string; locale: 'fr' | 'en' };

async function surveyDrive(token: string): Promise<DriveRow> {
  const parsed = parseSurveyToken(token);
  if (!parsed) throw invalid();
  const row = await getDriveRow(parsed.driveId);
  if (!row || !verifySurveyToken(env().BETTER_AUTH_SECRET, token, row.manageNonce)) throw invalid();
  return row;
}

export async function readSurveyToken(token: string): Promise<SurveyLinkState> {
  const row = await surveyDrive(token);
  const state = row.survey ? 'answered' : row.status === 'completed' ? 'open' : 'not-completed';
  return { state, reference: row.reference, modelCode: row.modelCode, dealershipName: row.dealership.name, locale: row.locale === 'en' ? 'en' : 'fr' };
}

export async function submitSurvey(token: string, answer: { score: number; comment?: string }): Promise<void> {
  const row = await surveyDrive(token);
  if (!Number.isInteger(answer.score) || answer.score < 0 || answer.score > 10) throw new AppError('VALIDATION_FAILED', 'The score goes from 0 to 10.', { reason: 'SCORE_INVALID' });
  if (row.status !== 'completed') throw new AppError('CONFLICT', 'The survey opens after the drive.', { reason: 'SURVEY_NOT_OPEN' });
  try {
    await db.testDriveSurvey.create({ data: { driveId: row.id, score: answer.score, comment: answer.comment?.trim().slice(0, 2000) || null } });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002') {
      throw new AppError('CONFLICT', 'You already answered, thank you.', { reason: 'SURVEY_ALREADY_ANSWERED' });
    }
    throw error;
  }
}
