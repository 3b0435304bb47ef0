import type { GATEWAY_ERRORS } from '@ixl/contracts';

/** Italian texts of the error reasons raised by the gateway (ICU messages with the reason's params). */
export const GATEWAY_ERROR_TEXTS_IT: Record<keyof typeof GATEWAY_ERRORS, string> = {
  AUTHORIZATION_HEADER_MALFORMED: 'L’accesso non è valido: accedi di nuovo.',
  FILE_SERVICE_UNAVAILABLE: 'Il servizio dei file non è disponibile in questo momento.',
  FILE_TOO_LARGE: 'I file possono pesare al massimo {maxMib} MiB.',
  INCREMENTAL_DELIVERY_UNSUPPORTED: 'La consegna incrementale non è supportata sul collegamento in tempo reale.',
  LIVE_UPDATES_UNAVAILABLE: 'Gli aggiornamenti in tempo reale non sono disponibili.',
  NUL_CHARACTER: 'Il testo contiene un carattere non ammesso: correggilo e riprova.',
  ONCE_PER_OPERATION: 'Questa operazione si può fare una sola volta per richiesta.',
  PAGE_SIZE_OUT_OF_RANGE: 'Il numero di righe richieste deve essere tra {min} e {max}.',
  TOO_MANY_ALIASES: 'La richiesta contiene troppe parti: al massimo {limit}.',
  TOO_MANY_DIRECTIVES: 'La richiesta contiene troppe direttive: al massimo {limit}.',
  NOT_A_SUBSCRIPTION: 'Questa operazione non è un aggiornamento in tempo reale.',
  QUERY_TOO_COSTLY: 'La richiesta è troppo onerosa: costo {cost}, limite {maxCost}.',
  QUERY_TOO_DEEP: 'La richiesta è troppo annidata: profondità {depth}, limite {maxDepth}.',
  SERVICE_UNAVAILABLE: 'Il servizio {serviceName} non è disponibile in questo momento; gli altri dati di questa risposta sono completi.',
  SUBGRAPH_REFUSED: 'La richiesta è stata rifiutata.',
  SUBSCRIPTION_NOT_PLANNABLE: 'Questo aggiornamento in tempo reale non può essere preparato.',
  TOKEN_EXPIRED: 'La sessione è scaduta: accedi di nuovo.',
  TOKEN_INVALID: 'L’accesso non è valido: accedi di nuovo.',
  IDEMPOTENCY_KEY_IN_PROGRESS: 'La stessa richiesta è ancora in corso: riprova tra poco.',
  IDEMPOTENCY_KEY_REUSED: 'Questa richiesta non può essere ripetuta con dati diversi: riprova.',
  IDEMPOTENCY_KEY_INVALID: 'La richiesta non è valida: riprova.',
};
