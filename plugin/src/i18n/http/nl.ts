// SPDX-License-Identifier: AGPL-3.0-or-later
// Nederlands: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Ongeldig verzoekdoel',
  'http.msg.bad_http': 'Ongeldig HTTP-verzoek ({code})',
  'http.msg.headers_too_large': 'Kop van het verzoek te groot',
  'http.msg.request_timeout': 'De kop van het verzoek was niet op tijd compleet',
  'http.msg.uri_too_long': 'Verzoekdoel te lang',
  'http.msg.bad_path': 'Ongeldig pad',
  'http.msg.bad_node': 'Ongeldige nodenaam',
  'http.msg.bad_vmid': 'Ongeldige container-ID',
  'http.msg.no_such_endpoint': 'Dit endpoint bestaat niet: {path}',
  'http.msg.no_such_page': 'Deze pagina bestaat niet',
  'http.msg.origin_not_allowed':
    'Verzoeken van een andere oorsprong worden alleen aangenomen van de PVE-webinterface van deze node',
  'http.msg.rate_limited': 'Te veel verzoeken van dit adres',
  'http.msg.preflight_without_origin': 'Preflight-verzoek zonder Origin',
  'http.msg.method_not_allowed': 'Alleen GET wordt aangenomen',
  'http.msg.body_not_allowed': 'GET-verzoeken hebben geen inhoud',
  'http.msg.bad_timeframe': 'De periode moet hour, day of week zijn',
  'http.msg.bad_cf': 'cf moet AVERAGE of MAX zijn',
  'http.msg.ticket_malformed': 'Ongeldig ticket',
  'http.msg.ticket_not_login': 'Geen aanmeldticket',
  'http.msg.ticket_expired': 'Ticket verlopen',
  'http.msg.ticket_future': 'Ticket uitgegeven in de toekomst',
  'http.msg.token_malformed': 'Ongeldig API-token (verwacht: PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme': 'Niet-ondersteund Authorization-schema (gebruik PVEAuthCookie=… of PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Een ticket in de cookie PVEAuthCookie vereist een Origin-header van de PVE-webinterface; stuur het in plaats daarvan in de Authorization-header',
  'http.msg.no_credential': 'Geen PVE-ticket of API-token (Authorization: PVEAuthCookie=… of PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'De PVE-API heeft dit ticket of token niet geaccepteerd',
  'http.msg.permission_denied': 'Rechtencontrole mislukt: {privilege} op {path}',
  'http.msg.auth_unreachable': 'Kan de PVE-API op {url} niet om rechten vragen: {why}',
  'http.msg.auth_no_ca': 'De cluster-CA {file} ontbreekt',
  'http.msg.auth_busy':
    'Te veel rechtencontroles van {client} wachten op de PVE-API; probeer het over een paar seconden opnieuw',
  'http.msg.no_such_container': 'Container {vmid} bestaat niet op node {node}',
  'http.msg.no_sample_yet': 'De eerste GPU-meting is nog niet klaar; probeer het over een seconde opnieuw',
  'http.msg.collector_unavailable':
    'De GPU-collector (pve-gpu-tab-collector.service) antwoordt niet; de waarden komen terug zodra hij antwoordt',
  'http.msg.history_unavailable': 'De geschiedenis is niet beschikbaar: {why}',
  'http.msg.health_unavailable': 'De gezondheidscontroles zijn mislukt: {why}',
  'http.msg.streams_full': 'De service heeft zijn limiet aan live streams bereikt',
  'http.msg.streams_per_user': 'Te veel live streams voor deze gebruiker',
  'http.msg.timeout': 'Het antwoord duurde te lang',
  'http.msg.internal': 'Interne fout; zie het log van de service',
  'http.msg.forward_loop':
    'Dit is node {node}, niet {target}; een al doorgestuurd verzoek wordt niet opnieuw doorgestuurd',
  'http.msg.no_such_node': 'Node ‘{node}’ is geen lid van dit cluster',
  'http.msg.node_offline': 'Node ‘{node}’ is offline (clusterstatus)',
  'http.msg.node_no_address': 'Node ‘{node}’ heeft geen adres in .members',
  'http.msg.node_no_certificate': 'Geen certificaat voor node ‘{node}’ in {dir}; kan deze niet verifiëren',
  'http.msg.node_unreachable': 'De GPU-service van node ‘{node}’ op {address} is niet bereikbaar: {why}',
  'http.msg.node_wrong_certificate':
    'Node ‘{node}’ op {address} toonde een certificaat dat niet het zijne is ({why})',
  'http.msg.node_no_answer': 'De GPU-service van node ‘{node}’ antwoordde niet: {why}',
  'http.msg.stream_shutting_down': 'De GPU-service wordt herstart',
  'http.msg.stream_preempted':
    'Een andere gebruiker had een plaats voor een stream nodig; maak later opnieuw verbinding',
  'http.msg.stream_ticket_expired': 'Ticket verlopen; maak opnieuw verbinding met een nieuw ticket',
} satisfies Record<string, string>;
