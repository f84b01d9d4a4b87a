// SPDX-License-Identifier: AGPL-3.0-or-later
// Italiano: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Destinazione della richiesta non valida',
  'http.msg.bad_http': 'Richiesta HTTP non valida ({code})',
  'http.msg.headers_too_large': 'Intestazione della richiesta troppo grande',
  'http.msg.request_timeout': 'L’intestazione della richiesta non è arrivata completa in tempo',
  'http.msg.uri_too_long': 'Destinazione della richiesta troppo lunga',
  'http.msg.bad_path': 'Percorso non valido',
  'http.msg.bad_node': 'Nome del nodo non valido',
  'http.msg.bad_vmid': 'ID del container non valido',
  'http.msg.no_such_endpoint': 'Endpoint inesistente: {path}',
  'http.msg.no_such_page': 'Pagina inesistente',
  'http.msg.origin_not_allowed':
    'Le richieste da un’altra origine sono accettate solo dall’interfaccia web PVE di questo nodo',
  'http.msg.rate_limited': 'Troppe richieste da questo indirizzo',
  'http.msg.preflight_without_origin': 'Richiesta preflight senza Origin',
  'http.msg.method_not_allowed': 'È accettato solo GET',
  'http.msg.body_not_allowed': 'Le richieste GET non hanno un corpo',
  'http.msg.bad_timeframe': 'Il periodo deve essere hour, day o week',
  'http.msg.bad_cf': 'cf deve essere AVERAGE o MAX',
  'http.msg.ticket_malformed': 'Ticket non valido',
  'http.msg.ticket_not_login': 'Non è un ticket di accesso',
  'http.msg.ticket_expired': 'Ticket scaduto',
  'http.msg.ticket_future': 'Ticket emesso nel futuro',
  'http.msg.token_malformed': 'Token API non valido (atteso PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme': 'Schema di Authorization non supportato (usa PVEAuthCookie=… o PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Un ticket nel cookie PVEAuthCookie richiede un header Origin dell’interfaccia web PVE; invialo invece nell’header Authorization',
  'http.msg.no_credential': 'Nessun ticket PVE né token API (Authorization: PVEAuthCookie=… o PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'L’API di PVE non ha accettato questo ticket o token',
  'http.msg.permission_denied': 'Verifica dei permessi non riuscita: {privilege} su {path}',
  'http.msg.auth_unreachable': 'Impossibile chiedere i permessi all’API di PVE su {url}: {why}',
  'http.msg.auth_no_ca': 'Manca la CA del cluster {file}',
  'http.msg.auth_busy':
    'Troppe verifiche dei permessi da {client} attendono l’API di PVE; riprova tra qualche secondo',
  'http.msg.no_such_container': 'Il container {vmid} non esiste sul nodo {node}',
  'http.msg.no_sample_yet': 'La prima misura della GPU non è ancora pronta; riprova tra un secondo',
  'http.msg.collector_unavailable':
    'Il collettore GPU (pve-gpu-tab-collector.service) non risponde; i valori tornano quando risponde',
  'http.msg.history_unavailable': 'La cronologia non è disponibile: {why}',
  'http.msg.health_unavailable': 'I controlli di salute non sono riusciti: {why}',
  'http.msg.streams_full': 'Il servizio ha raggiunto il limite di flussi in tempo reale',
  'http.msg.streams_per_user': 'Troppi flussi in tempo reale per questo utente',
  'http.msg.timeout': 'La risposta ha richiesto troppo tempo',
  'http.msg.internal': 'Errore interno; vedi il log del servizio',
  'http.msg.forward_loop':
    'Questo è il nodo {node}, non {target}; una richiesta già inoltrata non viene inoltrata di nuovo',
  'http.msg.no_such_node': 'Il nodo «{node}» non fa parte di questo cluster',
  'http.msg.node_offline': 'Il nodo «{node}» è offline (stato del cluster)',
  'http.msg.node_no_address': 'Il nodo «{node}» non ha un indirizzo in .members',
  'http.msg.node_no_certificate': 'Nessun certificato per il nodo «{node}» in {dir}; impossibile verificarlo',
  'http.msg.node_unreachable':
    'Impossibile raggiungere il servizio GPU del nodo «{node}» su {address}: {why}',
  'http.msg.node_wrong_certificate':
    'Il nodo «{node}» su {address} ha presentato un certificato che non è il suo ({why})',
  'http.msg.node_no_answer': 'Il servizio GPU del nodo «{node}» non ha risposto: {why}',
  'http.msg.stream_shutting_down': 'Il servizio GPU si sta riavviando',
  'http.msg.stream_preempted':
    'Un altro utente aveva bisogno di un posto per un flusso; riconnettiti più tardi',
  'http.msg.stream_ticket_expired': 'Ticket scaduto; riconnettiti con un nuovo ticket',
} satisfies Record<string, string>;
