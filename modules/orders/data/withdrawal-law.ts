/**
 * Right of withdrawal for a distance contract of goods (France, Code de la consommation).
 * Checked 2026-12-06 against the text in force since 1 July 2016 (ordonnance n° 2016-301):
 * L221-18: https://www.doctrine.fr/l/texts/codes/LEGITEXT000006069565/articles/LEGIARTI000032226842
 * L221-19: https://french-business-law.com/rench-legislation-art/article-l221-19-of-the-french-consumer-code
 * L221-24 (refund within 14 days, the 2014 "loi Hamon" figure) and L221-28 (exceptions): Legifrance, Code de la consommation.
 * L221-21 (version in force since 28 May 2022, ordonnance n° 2021-1734) and L221-23 (since 1 July 2016), checked 2026-12-07:
 * https://www.doctrine.fr/l/texts/codes/LEGITEXT000006069565/articles/LEGIARTI000032226834 and Legifrance LEGIARTI000032221377.
 */
export const WITHDRAWAL_LAW = {
  /** L221-18: fourteen days to withdraw, without giving a reason. */
  periodDays: 14,
  periodSource: 'Code de la consommation, art. L221-18',
  /**
   * L221-18 2°: for a sale of goods the period runs from the day the consumer (or a third party
   * they name, other than the carrier) takes physical possession of the goods; before that, the
   * consumer may withdraw at any time after the contract is concluded.
   */
  startsAt: 'handover',
  /**
   * L221-19 (Regulation (EEC) n° 1182/71): the day of handover is not counted; the period ends at
   * the last hour of the last day; a period ending on a Saturday, Sunday or public holiday is
   * extended to the next working day.
   */
  countingSource: 'Code de la consommation, art. L221-19',
  /** L221-24: the trader refunds every sum paid within 14 days of being told of the withdrawal. */
  refundWithinDays: 14,
  refundSource: 'Code de la consommation, art. L221-24',
  /**
   * L221-21 al. 2: a withdrawal sent on the trader's website is acknowledged « sans délai » on a
   * durable medium (the e-mail sent with the return request).
   */
  acknowledgementSource: 'Code de la consommation, art. L221-21',
  /**
   * L221-23: after handover the consumer returns the goods without undue delay and at the latest
   * 14 days after telling the trader of the withdrawal, unless the trader offers to collect them.
   * L221-24 al. 3 lets the trader defer the refund until the goods are back (or proof of dispatch).
   */
  returnWithinDays: 14,
  returnSource: 'Code de la consommation, art. L221-23',
  /**
   * L221-28 lists the exceptions (e.g. 3° goods made to the consumer's specifications or clearly
   * personalised). Virage grants the right on every order, factory orders included, as a
   * commercial choice; whether a configured factory car is "personalised" is a question for legal.
   */
  exceptionsSource: 'Code de la consommation, art. L221-28',
  timeZone: 'Europe/Paris',
} as const;
