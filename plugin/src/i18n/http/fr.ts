// SPDX-License-Identifier: AGPL-3.0-or-later
// Français : the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
// A no-break space goes before « : » and « ; ».
export default {
  'http.msg.bad_request': 'Cible de requête invalide',
  'http.msg.bad_http': 'Requête HTTP mal formée ({code})',
  'http.msg.headers_too_large': 'En-tête de requête trop grand',
  'http.msg.request_timeout': 'L’en-tête de la requête n’est pas arrivé complet à temps',
  'http.msg.uri_too_long': 'Cible de requête trop longue',
  'http.msg.bad_path': 'Chemin mal formé',
  'http.msg.bad_node': 'Nom de nœud invalide',
  'http.msg.bad_vmid': 'ID de conteneur invalide',
  'http.msg.no_such_endpoint': 'Point d’accès inexistant : {path}',
  'http.msg.no_such_page': 'Page inexistante',
  'http.msg.origin_not_allowed':
    'Les requêtes d’une autre origine ne sont acceptées que depuis l’interface web PVE de ce nœud',
  'http.msg.rate_limited': 'Trop de requêtes depuis cette adresse',
  'http.msg.preflight_without_origin': 'Requête préliminaire (preflight) sans Origin',
  'http.msg.method_not_allowed': 'Seule la méthode GET est acceptée',
  'http.msg.body_not_allowed': 'Une requête GET n’a pas de corps',
  'http.msg.bad_timeframe': 'La période doit être hour, day ou week',
  'http.msg.bad_cf': 'cf doit être AVERAGE ou MAX',
  'http.msg.ticket_malformed': 'Ticket mal formé',
  'http.msg.ticket_not_login': 'Ce n’est pas un ticket de connexion',
  'http.msg.ticket_expired': 'Ticket expiré',
  'http.msg.ticket_future': 'Ticket émis dans le futur',
  'http.msg.token_malformed': 'Jeton d’API mal formé (attendu : PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme':
    'Schéma Authorization non pris en charge (utilisez PVEAuthCookie=… ou PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Un ticket dans le cookie PVEAuthCookie exige un en-tête Origin de l’interface web PVE ; envoyez-le plutôt dans l’en-tête Authorization',
  'http.msg.no_credential': 'Ni ticket PVE ni jeton d’API (Authorization: PVEAuthCookie=… ou PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'L’API PVE n’a pas accepté ce ticket ou ce jeton',
  'http.msg.permission_denied': 'Échec de la vérification des permissions : {privilege} sur {path}',
  'http.msg.auth_unreachable': 'Impossible d’interroger l’API PVE à {url} sur les permissions : {why}',
  'http.msg.auth_no_ca': 'L’autorité de certification du cluster {file} est absente',
  'http.msg.auth_busy':
    'Trop de vérifications de permissions de {client} attendent l’API PVE ; réessayez dans quelques secondes',
  'http.msg.no_such_container': 'Le conteneur {vmid} n’existe pas sur le nœud {node}',
  'http.msg.no_sample_yet': 'La première mesure GPU n’est pas encore prête ; réessayez dans une seconde',
  'http.msg.collector_unavailable':
    'Le collecteur GPU (pve-gpu-tab-collector.service) ne répond pas ; les valeurs reviendront dès qu’il répondra',
  'http.msg.history_unavailable': 'L’historique n’est pas disponible : {why}',
  'http.msg.health_unavailable': 'Les vérifications de santé ont échoué : {why}',
  'http.msg.streams_full': 'Le service a atteint sa limite de flux en direct',
  'http.msg.streams_per_user': 'Trop de flux en direct pour cet utilisateur',
  'http.msg.timeout': 'La réponse a pris trop de temps',
  'http.msg.internal': 'Erreur interne ; voir le journal du service',
  'http.msg.forward_loop':
    'Ceci est le nœud {node}, pas {target} ; une requête déjà transférée n’est pas transférée à nouveau',
  'http.msg.no_such_node': 'Le nœud « {node} » n’est pas membre de ce cluster',
  'http.msg.node_offline': 'Le nœud « {node} » est hors ligne (état du cluster)',
  'http.msg.node_no_address': 'Le nœud « {node} » n’a pas d’adresse dans .members',
  'http.msg.node_no_certificate':
    'Aucun certificat pour le nœud « {node} » dans {dir} ; impossible de le vérifier',
  'http.msg.node_unreachable': 'Impossible de joindre le service GPU du nœud « {node} » à {address} : {why}',
  'http.msg.node_wrong_certificate':
    'Le nœud « {node} » à {address} a présenté un certificat qui n’est pas le sien ({why})',
  'http.msg.node_no_answer': 'Le service GPU du nœud « {node} » n’a pas répondu : {why}',
  'http.msg.stream_shutting_down': 'Le service GPU redémarre',
  'http.msg.stream_preempted':
    'Un autre utilisateur avait besoin d’une place pour un flux ; reconnexion plus tard',
  'http.msg.stream_ticket_expired': 'Ticket expiré ; reconnexion avec un nouveau ticket',
} satisfies Record<string, string>;
