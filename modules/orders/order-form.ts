import type { Block, DocumentSpec } from '@/modules/documents/server';
import { WITHDRAWAL_FORM } from './data/withdrawal-form';
import { WITHDRAWAL_LAW } from './data/withdrawal-law';
import type { OrderSnapshot } from './snapshot';
import { frenchFirstOfMonth } from '@/lib/i18n/format';

/**
 * The order form (bon de commande) as a document, built only from the order's snapshot, so it
 * says what was agreed whatever the catalogue says today. French: the contract's language.
 * Pure: the documents module renders it.
 */
export type OrderFormFacts = {
  reference: string;
  placedAt: Date;
  snapshot: OrderSnapshot;
  dealershipEmail: string;
  cgvUrl: string;
  /** The still of the ordered car (JPEG) and its description, when the file exists. */
  picture?: { jpeg: Uint8Array; aspect: number; caption: string } | null;
};

const eur = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const day = (date: Date) => frenchFirstOfMonth(new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(date), 'fr');

export function orderFormSpec(facts: OrderFormFacts): DocumentSpec {
  const s = facts.snapshot;
  const dealer = s.delivery.dealership;
  const trader = `${dealer.name}, ${dealer.street}, ${dealer.postalCode} ${dealer.city}, ${facts.dealershipEmail}`;
  const isTax = (kind: string) => kind.startsWith('malus') || kind === 'bonus';
  const vehicleLines = s.lines.filter((l) => !isTax(l.kind));
  // The registration taxes as snapshotted: the CO₂ malus and, when due, the weight malus.
  const taxLines = s.lines.filter((l) => l.kind.startsWith('malus'));
  const financing: [string, string][] =
    s.financing.choice === 'credit'
      ? [
          ['Mode de paiement', `Crédit${s.financing.productName ? ` — ${s.financing.productName.fr}` : ''}`],
          ['Mensualité', s.financing.monthlyPaymentCents === null ? '—' : eur(s.financing.monthlyPaymentCents)],
          ['Durée', s.financing.durationMonths === null ? '—' : `${s.financing.durationMonths} mois`],
          ['TAEG', s.financing.taegPct === null ? '—' : `${s.financing.taegPct.toLocaleString('fr-FR')} %`],
          ...(s.financing.cashDepositCents !== undefined && s.financing.cashDepositCents !== null ? [['Apport', eur(s.financing.cashDepositCents)] as [string, string]] : []),
          ...(s.financing.annualMileageKm ? [['Kilométrage annuel', `${s.financing.annualMileageKm.toLocaleString('fr-FR')} km`] as [string, string]] : []),
          ...(s.financing.totalCostCents !== undefined && s.financing.totalCostCents !== null ? [['Coût total sur la durée', eur(s.financing.totalCostCents)] as [string, string]] : []),
          ['Condition', 'Vente conclue sous la condition suspensive de l’obtention du crédit.'],
        ]
      : [['Mode de paiement', 'Comptant']];
  const blocks: Block[] = [
    { kind: 'heading', text: `Bon de commande n° ${facts.reference}` },
    { kind: 'paragraph', text: `Commande passée en ligne le ${day(facts.placedAt)} (contrat conclu à distance).` },
    { kind: 'heading', text: 'Vendeur', level: 2 },
    {
      kind: 'table',
      rows: [
        ['Concession', dealer.name],
        ['Adresse', `${dealer.street}, ${dealer.postalCode} ${dealer.city}`],
        ['E-mail', facts.dealershipEmail],
      ],
    },
    { kind: 'heading', text: 'Acheteur', level: 2 },
    {
      kind: 'table',
      rows: [
        ['Nom', `${s.buyer.firstName} ${s.buyer.lastName}`],
        ['Adresse', `${s.buyer.street}, ${s.buyer.postalCode} ${s.buyer.city}`],
        ['E-mail', s.buyer.email],
        ['Téléphone', s.buyer.phone],
      ],
    },
    { kind: 'heading', text: 'Véhicule', level: 2 },
    ...(facts.picture ? [{ kind: 'image', ...facts.picture, width: 300 } satisfies Block] : []),
    {
      kind: 'table',
      rows: [
        ['Modèle', s.model.name.fr],
        [
          'Type de commande',
          s.kind === 'stock' ? `Véhicule en stock${s.vehicle ? ` (VIN ${s.vehicle.vin})` : ''}` : 'Commande usine (configuration personnalisée)',
        ],
        ['Émissions de CO₂ (WLTP)', `${s.co2} g/km`],
      ],
    },
    { kind: 'heading', text: 'Prix', level: 2 },
    {
      kind: 'table',
      rows: [
        ...vehicleLines.map((l) => [l.label.fr, eur(l.amountCents)] as [string, string]),
        ['Total TTC du véhicule', eur(s.subtotalTTCCents)],
        [`dont TVA ${s.vatRatePercent} %`, eur(s.vatCents)],
        ...(taxLines.length > 0
          ? taxLines.map((l) => [l.label.fr, eur(l.amountCents)] as [string, string])
          : [[`Malus écologique ${s.malus.year}`, eur(0)] as [string, string]]),
        ['Source du barème de malus', s.malus.source],
        ['Aide à l’achat', s.bonus.cents > 0 ? `−${eur(s.bonus.cents)} (${s.bonus.note.fr})` : 'Aucune'],
        ...(s.deliveryFeeCents ? [['Frais de livraison à domicile', eur(s.deliveryFeeCents)] as [string, string]] : []),
        ['Prix total à payer', eur(s.totalCents)],
        ['Acompte versé à la commande', eur(s.depositCents)],
        ...(s.tradeIn
          ? [[`Reprise ${s.tradeIn.make} ${s.tradeIn.model} (${s.tradeIn.year}, ${s.tradeIn.mileageKm.toLocaleString('fr-FR')} km), estimation sous réserve d’inspection`, `−${eur(s.tradeIn.estimateCents)}`] as [string, string]]
          : []),
        ['Reste à payer à la livraison', eur(s.balanceDueCents ?? Math.max(0, s.totalCents - s.depositCents))],
      ],
    },
    { kind: 'heading', text: 'Livraison', level: 2 },
    {
      kind: 'table',
      rows: deliveryRows(s),
    },
    { kind: 'heading', text: 'Financement', level: 2 },
    { kind: 'table', rows: financing },
    { kind: 'heading', text: 'Conditions', level: 2 },
    {
      kind: 'paragraph',
      text: `L’acheteur a accepté les conditions générales de vente (${facts.cgvUrl}) et reçu l’information sur le droit de rétractation le ${day(new Date(s.acceptedAt.cgv))}.`,
    },
    {
      kind: 'notice',
      text: `Droit de rétractation : ${WITHDRAWAL_LAW.periodDays} jours à compter de la prise de possession du véhicule (${WITHDRAWAL_LAW.periodSource}), sans avoir à justifier de motif. Les sommes versées sont remboursées dans les ${WITHDRAWAL_LAW.refundWithinDays} jours (${WITHDRAWAL_LAW.refundSource}).`,
      note: 'Vous pouvez utiliser le formulaire ci-dessous, ou vous rétracter en deux clics depuis la page de votre commande.',
    },
    { kind: 'heading', text: WITHDRAWAL_FORM.title, level: 2 },
    { kind: 'paragraph', text: WITHDRAWAL_FORM.instruction, size: 9 },
    { kind: 'paragraph', text: WITHDRAWAL_FORM.addressee(trader) },
    ...WITHDRAWAL_FORM.lines.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: WITHDRAWAL_FORM.source, size: 8 },
  ];
  return {
    title: `Bon de commande ${facts.reference}`,
    lang: 'fr',
    header: `Virage — Bon de commande ${facts.reference}`,
    footer: `${dealer.name} — ${dealer.street}, ${dealer.postalCode} ${dealer.city}`,
    blocks,
  };
}

function deliveryRows(s: OrderSnapshot): [string, string][] {
  const d = s.delivery;
  const dealer = `${d.dealership.name}, ${d.dealership.street}, ${d.dealership.postalCode} ${d.dealership.city}`;
  if (d.mode === 'home') {
    return [
      ['Mode', 'Livraison à domicile'],
      ['Adresse de livraison', `${d.address.street}, ${d.address.postalCode} ${d.address.city}`],
      ['Depuis', dealer],
      ['Frais de livraison', `${eur(d.feeCents)} (environ ${d.roadKm} km par la route)`],
    ];
  }
  return [
    ['Mode', 'Retrait à la concession (click & collect)'],
    ['Lieu', dealer],
    ['Rendez-vous de remise des clés', d.handover ? `${day(new Date(d.handover.start))} (modifiable avec la concession)` : 'à fixer avec la concession'],
  ];
}

export type SignatureEvidence = {
  reference: string;
  signerName: string;
  signerEmail: string;
  signerAccountId: string;
  signedAt: Date;
  clientAddress: string;
  userAgent: string | null;
  formSha256: string;
  /** the seller's certificate that seals the whole file (see modules/documents seal.ts) */
  seal: { commonName: string; certificateSha256: string };
};

/** The evidence page appended to the signed order form: who, when, from where, and what was signed. */
export function signatureEvidenceSpec(evidence: SignatureEvidence): DocumentSpec {
  return {
    title: `Signature du bon de commande ${evidence.reference}`,
    lang: 'fr',
    header: `Virage — Bon de commande ${evidence.reference} — page de signature`,
    footer: 'Signature électronique simple (règlement eIDAS, art. 25 ; Code civil, art. 1367)',
    blocks: [
      { kind: 'heading', text: 'Signature électronique' },
      {
        kind: 'paragraph',
        text: `${evidence.signerName} a lu le bon de commande ${evidence.reference}, saisi son nom et confirmé sa signature avec le code à usage unique envoyé à son adresse e-mail.`,
      },
      {
        kind: 'table',
        rows: [
          ['Signataire (nom saisi)', evidence.signerName],
          ['Adresse e-mail du compte', evidence.signerEmail],
          ['Identifiant du compte', evidence.signerAccountId],
          ['Date et heure (Europe/Paris)', day(evidence.signedAt)],
          ['Horodatage UTC', evidence.signedAt.toISOString()],
          ['Adresse réseau du client', evidence.clientAddress],
          ['Navigateur', evidence.userAgent ?? '—'],
          ['SHA-256 du bon de commande signé (pages précédentes)', evidence.formSha256],
          ['Cachet numérique du vendeur (certificat)', evidence.seal.commonName],
          ['SHA-256 du certificat du vendeur', evidence.seal.certificateSha256],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Le fichier complet (bon de commande et cette page) porte le cachet numérique du vendeur, que tout lecteur PDF vérifie, et son empreinte SHA-256 est conservée par Virage : toute modification ultérieure du fichier est détectée.',
        size: 9,
      },
    ],
  };
}
