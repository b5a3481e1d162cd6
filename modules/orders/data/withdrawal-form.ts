/**
 * The model withdrawal form (modèle de formulaire de rétractation) that must accompany a distance
 * contract (Code de la consommation L221-5 7°, the form itself in the annex to article R221-1,
 * version in force since 28 May 2022 after décret n° 2022-424: the trader's fax number was dropped,
 * name, postal and e-mail address remain). Checked 2026-12-06:
 * R221-1: https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045418603
 * the annex (English rendering used to check the wording):
 * https://french-business-law.com/french-legislation/legiscta000032807108-legiscta000032887060-appendices/
 * The bracketed instruction is replaced by the dealership's details; the rest is the text as is.
 */
export const WITHDRAWAL_FORM = {
  source: 'Code de la consommation, annexe à l’article R221-1',
  title: 'Modèle de formulaire de rétractation',
  instruction: '(Veuillez compléter et renvoyer le présent formulaire uniquement si vous souhaitez vous rétracter du contrat.)',
  addressee: (trader: string) => `À l’attention de ${trader} :`,
  lines: [
    'Je/nous (*) vous notifie/notifions (*) par la présente ma/notre (*) rétractation du contrat portant sur la vente du bien (*)/pour la prestation de services (*) ci-dessous :',
    'Commandé le (*)/reçu le (*) :',
    'Nom du (des) consommateur(s) :',
    'Adresse du (des) consommateur(s) :',
    'Signature du (des) consommateur(s) (uniquement en cas de notification du présent formulaire sur papier) :',
    'Date :',
    '(*) Rayez la mention inutile.',
  ],
} as const;
