import type { Catalog } from '@ixl/ui';

/**
 * The figures' definitions in the staff's language, by report and figure (the API's `definitions` are in English,
 * for API readers). `portals/test/monitoring-definitions.spec.ts` checks that every definition the API has is here.
 */
export const DEFINITIONS_MESSAGES: Catalog = {
  it: {
    'monitoring.def.people.registrations': 'Persone la cui data di iscrizione (ora di Roma) cade nel periodo, per comune di residenza.',
    'monitoring.def.people.registrationsByMonth': 'Le stesse iscrizioni raggruppate per mese di calendario dell’iscrizione (ora di Roma).',
    'monitoring.def.people.interviewed': 'Persone il cui primo colloquio di accoglienza (il primo svolto) è avvenuto nel periodo.',
    'monitoring.def.people.assessed':
      'Tra le persone con colloquio, quelle con una valutazione della fragilità (profilo forte o in target).',
    'monitoring.def.people.inTargetShare': 'In target (punteggio ≥ 11) ÷ valutate, tra le persone con colloquio nel periodo.',
    'monitoring.def.people.readiness':
      'Prontezza delle persone in target con colloquio nel periodo (pronto, non pronto, fragile, in valutazione); quota = numero ÷ in target.',
    'monitoring.def.people.medianDaysToFirstInterview':
      'Mediana dei giorni di calendario (ora di Roma) dall’iscrizione al primo colloquio, sulle persone con colloquio nel periodo.',
    'monitoring.def.people.shareWithin15Days':
      'Persone con il primo colloquio entro 15 giorni dall’iscrizione ÷ persone con colloquio nel periodo.',
    'monitoring.def.people.inTargetOutOfArea':
      'Persone con colloquio nel periodo, in target per un’eccezione degli operatori pur risiedendo fuori dalla Città metropolitana: contate a parte (non nel totale in target, nella sua quota né nella prontezza).',
    'monitoring.def.people.fuoriProtocollo':
      'Passaggi a fuori protocollo avvenuti nel periodo, per motivo (entrate); persone fuori protocollo oggi, per motivo (attuali). Residenza nel territorio.',
    'monitoring.def.placements.placements':
      'Inserimenti con data di inizio nel periodo; rinnovi, proroghe e trasformazioni contano come nuovi inserimenti.',
    'monitoring.def.placements.personsPlaced': 'Persone distinte con almeno un inserimento iniziato nel periodo.',
    'monitoring.def.placements.byType':
      'Inserimenti e persone per tipo di inserimento (assunzione, stage, tirocinio, mini job, lavoro autonomo).',
    'monitoring.def.placements.byContract':
      'Inserimenti e persone per tipo di contratto; «nessuno» per gli inserimenti senza contratto (stage, tirocinio…).',
    'monitoring.def.placements.bySex': 'Per sesso della persona (F/M) come registrato.',
    'monitoring.def.placements.byNationality': 'Italiana = cittadinanza italiana, straniera = qualsiasi altra cittadinanza.',
    'monitoring.def.placements.byAge': 'Under 35 quando (anno di inizio − anno di nascita) < 35, altrimenti over 35.',
    'monitoring.def.placements.byMonth': 'Per mese di calendario della data di inizio.',
    'monitoring.def.placements.byMunicipality': 'Per comune di residenza della persona; il filtro per territorio si applica a questo.',
    'monitoring.def.placements.byDistrict': 'Per distretto socio-sanitario del comune di residenza.',
    'monitoring.def.placements.companyRanking':
      'Aziende per inserimenti iniziati nel periodo, dalla prima; a parità di numero la posizione è la stessa.',
    'monitoring.def.placements.stages':
      'Stage iniziati nel periodo; proseguiti = seguiti da rinnovo o proroga; trasformati = seguiti da una trasformazione in contratto di lavoro.',
    'monitoring.def.training.packages': 'Pacchetti formativi = iscrizioni confermate alle edizioni dei corsi che iniziano nel periodo.',
    'monitoring.def.training.packagesBySubject':
      'Pacchetti formativi per materia dell’edizione; quota = pacchetti della materia ÷ tutti i pacchetti.',
    'monitoring.def.training.completed':
      'Di quei pacchetti, quelli con esito «concluso»; ritirati = esito «abbandono»; qualificati = qualifica o patentino ottenuti.',
    'monitoring.def.training.courses':
      'Edizioni che terminano nel periodo, con i loro indicatori su tutti i partecipanti: tasso di inserimento = inserimenti ÷ partecipanti, tasso di occupazione = partecipanti con almeno un inserimento ÷ partecipanti, tempo indeterminato = partecipanti con contratto a tempo indeterminato ÷ partecipanti (inserimenti nella finestra dell’edizione dopo la fine del corso).',
    'monitoring.def.finance.grantsApproved': 'Contributi a fondo perduto approvati nel periodo e non rifiutati: numero e totale.',
    'monitoring.def.finance.loansApproved': 'Prestiti di credito sociale approvati nel periodo (non rifiutati): numero e capitale.',
    'monitoring.def.finance.disbursed':
      'Movimenti contabili registrati nel periodo, per conto (prestiti erogati, contributi erogati, indennità di stage, liquidazioni, bilancio…); gli storni sottraggono.',
    'monitoring.def.finance.loansOutstanding':
      'Oggi: capitale dei prestiti in corso (erogati, in rimborso, in arretrato) meno il capitale rimborsato.',
    'monitoring.def.finance.fundExposure':
      'Oggi: quota garantita del capitale residuo di ogni prestito in corso; capacità libera = plafond − garanzie escusse − esposizione.',
    'monitoring.def.finance.budgetUse':
      'Voci di bilancio i cui anni toccano il periodo: impegnato ed erogato a oggi; utilizzo = impegnato ÷ importo della voce.',
    'monitoring.def.survey.invited':
      'Persone fuori protocollo a cui è stato inviato il questionario nella rilevazione (una volta per persona e rilevazione).',
    'monitoring.def.survey.responseRate': 'Risposte ÷ inviti.',
    'monitoring.def.survey.workingShare': 'Chi risponde «lavoro» ÷ risposte.',
    'monitoring.def.survey.byContract': 'Tipo di contratto di chi lavora; quota = numero ÷ chi lavora.',
    'monitoring.def.survey.withOffersShare':
      'Risposte con almeno un’offerta di lavoro ricevuta ÷ risposte; offerte totali = somma delle offerte dichiarate.',
  },
  en: {
    'monitoring.def.people.registrations': 'Persons whose registration date (Europe/Rome) falls in the period, by residence municipality.',
    'monitoring.def.people.registrationsByMonth': 'The same registrations grouped by calendar month of registration (Europe/Rome).',
    'monitoring.def.people.interviewed': 'Persons whose first intake interview (first one completed) took place in the period.',
    'monitoring.def.people.assessed': 'Of the interviewed, those with a fragility assessment (profilo forte or in target).',
    'monitoring.def.people.inTargetShare': 'In target (score ≥ 11) ÷ assessed, among the persons interviewed in the period.',
    'monitoring.def.people.readiness':
      'Readiness of the in-target persons interviewed in the period (pronto, non pronto, fragile, in valutazione); share = count ÷ in target.',
    'monitoring.def.people.medianDaysToFirstInterview':
      'Median of the calendar days (Europe/Rome) from registration to the first interview, over the persons interviewed in the period.',
    'monitoring.def.people.shareWithin15Days':
      'Persons interviewed in the period whose first interview came within 15 days of registration ÷ persons interviewed in the period.',
    'monitoring.def.people.inTargetOutOfArea':
      'Persons interviewed in the period, in target by a staff exception although outside the Città metropolitana: counted apart (not in inTarget, its share or readiness).',
    'monitoring.def.people.fuoriProtocollo':
      'Moves to fuori protocollo made in the period, by reason (entered); persons out of protocol today by reason (current). Residence in the territory.',
    'monitoring.def.placements.placements':
      'Placements (inserimenti) whose start date falls in the period; renewals, extensions and conversions count as new placements.',
    'monitoring.def.placements.personsPlaced': 'Distinct persons with at least one placement starting in the period.',
    'monitoring.def.placements.byType':
      'Placements and persons by placement type (assunzione, stage, tirocinio, mini job, lavoro autonomo).',
    'monitoring.def.placements.byContract':
      'Placements and persons by contract type; NONE for placements without a contract (stage, tirocinio…).',
    'monitoring.def.placements.bySex': 'By the person’s sex (F/M) as registered.',
    'monitoring.def.placements.byNationality': 'IT = Italian citizenship, NON_IT = any other citizenship.',
    'monitoring.def.placements.byAge': 'UNDER_35 when (year of the start date − year of birth) < 35, else OVER_35.',
    'monitoring.def.placements.byMonth': 'By calendar month of the start date.',
    'monitoring.def.placements.byMunicipality': 'By the person’s residence municipality (ISTAT code); the territory filter applies to it.',
    'monitoring.def.placements.byDistrict': 'By the distretto socio-sanitario of the residence municipality.',
    'monitoring.def.placements.companyRanking': 'Companies by placements starting in the period, most first; equal counts share the rank.',
    'monitoring.def.placements.stages':
      'Stages started in the period; continued = followed by a renewal or extension; converted = followed by a conversion into a work contract.',
    'monitoring.def.training.packages': 'Training packages = enrolments (status ENROLLED) in course editions starting in the period.',
    'monitoring.def.training.packagesBySubject':
      'Training packages by the edition’s subject; share = packages of the subject ÷ all packages.',
    'monitoring.def.training.completed':
      'Of those packages, the ones with outcome COMPLETED; dropped out = outcome DROPPED_OUT; qualified = qualification or licence obtained.',
    'monitoring.def.training.courses':
      'Course editions ending in the period, with their KPIs over all participants: tasso di inserimento = placements ÷ population, tasso di occupazione = participants with ≥ 1 placement ÷ population, tempo indeterminato = participants with a permanent contract ÷ population (placements in the edition’s window after the course end).',
    'monitoring.def.finance.grantsApproved': 'Grants (fondo perduto) approved in the period and not refused: count and total, euro cents.',
    'monitoring.def.finance.loansApproved': 'Credito sociale loans approved in the period (not refused): count and principal, euro cents.',
    'monitoring.def.finance.disbursed':
      'Journal movements booked in the period, by account (loan disbursed, grant disbursed, stage indemnities, settlements, budget…); reversals subtract.',
    'monitoring.def.finance.loansOutstanding':
      'Today: principal of the live loans (disbursed, repaying, in arrears) minus the principal repaid.',
    'monitoring.def.finance.fundExposure':
      'Today: guaranteed share of the outstanding principal of every live loan; free capacity = plafond − guarantees called − exposure.',
    'monitoring.def.finance.budgetUse':
      'Budget lines whose years overlap the period: committed and disbursed to date; use = committed ÷ line amount.',
    'monitoring.def.survey.invited': 'People out of protocol who were sent the questionnaire in the wave (one per person per wave).',
    'monitoring.def.survey.responseRate': 'Answered ÷ invited.',
    'monitoring.def.survey.workingShare': 'Answering “working” ÷ answered.',
    'monitoring.def.survey.byContract': 'Contract type of those working; share = count ÷ working.',
    'monitoring.def.survey.withOffersShare':
      'Answered with at least one job offer received ÷ answered; offers total = sum of the offers declared.',
  },
};

/** The definitions of a report in the user's language, by figure (the API's English text when a figure is new). */
export function localDefinitions(
  defs: { figure: string; definition: string }[],
  report: 'people' | 'placements' | 'training' | 'finance' | 'survey',
  t: (key: string) => string,
): Record<string, string> {
  return Object.fromEntries(
    defs.map((d) => {
      const key = `monitoring.def.${report}.${d.figure}`;
      const local = t(key);
      return [d.figure, local === key ? d.definition : local];
    }),
  );
}
