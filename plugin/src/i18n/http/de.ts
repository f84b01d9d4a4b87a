// SPDX-License-Identifier: AGPL-3.0-or-later
// Deutsch: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Ungültiges Anfrageziel',
  'http.msg.bad_http': 'Fehlerhafte HTTP-Anfrage ({code})',
  'http.msg.headers_too_large': 'Der Kopf der Anfrage ist zu groß',
  'http.msg.request_timeout': 'Der Kopf der Anfrage kam nicht rechtzeitig vollständig an',
  'http.msg.uri_too_long': 'Das Anfrageziel ist zu lang',
  'http.msg.bad_path': 'Fehlerhafter Pfad',
  'http.msg.bad_node': 'Ungültiger Knotenname',
  'http.msg.bad_vmid': 'Ungültige Container-ID',
  'http.msg.no_such_endpoint': 'Diesen Endpunkt gibt es nicht: {path}',
  'http.msg.no_such_page': 'Diese Seite gibt es nicht',
  'http.msg.origin_not_allowed':
    'Anfragen von anderen Ursprüngen werden nur von der PVE-Weboberfläche dieses Knotens angenommen',
  'http.msg.rate_limited': 'Zu viele Anfragen von dieser Adresse',
  'http.msg.preflight_without_origin': 'Preflight-Anfrage ohne Origin',
  'http.msg.method_not_allowed': 'Nur GET wird angenommen',
  'http.msg.body_not_allowed': 'GET-Anfragen haben keinen Inhalt',
  'http.msg.bad_timeframe': 'Der Zeitraum muss hour, day oder week sein',
  'http.msg.bad_cf': 'cf muss AVERAGE oder MAX sein',
  'http.msg.ticket_malformed': 'Fehlerhaftes Ticket',
  'http.msg.ticket_not_login': 'Kein Anmelde-Ticket',
  'http.msg.ticket_expired': 'Das Ticket ist abgelaufen',
  'http.msg.ticket_future': 'Das Ticket ist in der Zukunft ausgestellt',
  'http.msg.token_malformed': 'Fehlerhaftes API-Token (erwartet: PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme':
    'Nicht unterstütztes Authorization-Schema (verwenden Sie PVEAuthCookie=… oder PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Ein Ticket im Cookie PVEAuthCookie braucht einen Origin-Header der PVE-Weboberfläche; senden Sie es stattdessen im Authorization-Header',
  'http.msg.no_credential':
    'Kein PVE-Ticket und kein API-Token (Authorization: PVEAuthCookie=… oder PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'Die PVE-API hat dieses Ticket oder Token nicht akzeptiert',
  'http.msg.permission_denied': 'Berechtigungsprüfung fehlgeschlagen: {privilege} auf {path}',
  'http.msg.auth_unreachable': 'Die PVE-API unter {url} kann nicht nach Berechtigungen gefragt werden: {why}',
  'http.msg.auth_no_ca': 'Die Cluster-CA {file} fehlt',
  'http.msg.auth_busy':
    'Zu viele Berechtigungsprüfungen von {client} warten auf die PVE-API; versuchen Sie es in einigen Sekunden erneut',
  'http.msg.no_such_container': 'Container {vmid} existiert nicht auf Knoten {node}',
  'http.msg.no_sample_yet':
    'Die erste GPU-Messung ist noch nicht fertig; versuchen Sie es in einer Sekunde erneut',
  'http.msg.collector_unavailable':
    'Der GPU-Collector (pve-gpu-tab-collector.service) antwortet nicht; die Werte kommen wieder, sobald er antwortet',
  'http.msg.history_unavailable': 'Der Verlauf ist nicht verfügbar: {why}',
  'http.msg.health_unavailable': 'Die Zustandsprüfungen sind fehlgeschlagen: {why}',
  'http.msg.streams_full': 'Der Dienst hat seine Höchstzahl an Live-Streams erreicht',
  'http.msg.streams_per_user': 'Zu viele Live-Streams für diesen Benutzer',
  'http.msg.timeout': 'Die Antwort hat zu lange gedauert',
  'http.msg.internal': 'Interner Fehler; siehe das Log des Dienstes',
  'http.msg.forward_loop':
    'Dies ist Knoten {node}, nicht {target}; eine bereits weitergeleitete Anfrage wird nicht erneut weitergeleitet',
  'http.msg.no_such_node': 'Knoten „{node}“ ist kein Mitglied dieses Clusters',
  'http.msg.node_offline': 'Knoten „{node}“ ist offline (Cluster-Status)',
  'http.msg.node_no_address': 'Knoten „{node}“ hat keine Adresse in .members',
  'http.msg.node_no_certificate':
    'Kein Zertifikat für Knoten „{node}“ in {dir}; er kann nicht überprüft werden',
  'http.msg.node_unreachable':
    'Der GPU-Dienst von Knoten „{node}“ unter {address} ist nicht erreichbar: {why}',
  'http.msg.node_wrong_certificate':
    'Knoten „{node}“ unter {address} hat ein Zertifikat vorgelegt, das nicht sein eigenes ist ({why})',
  'http.msg.node_no_answer': 'Der GPU-Dienst von Knoten „{node}“ hat nicht geantwortet: {why}',
  'http.msg.stream_shutting_down': 'Der GPU-Dienst wird neu gestartet',
  'http.msg.stream_preempted':
    'Ein anderer Benutzer brauchte einen Platz für Live-Daten; die Verbindung wird später erneut aufgebaut',
  'http.msg.stream_ticket_expired': 'Das Ticket ist abgelaufen; neu verbinden mit einem neuen Ticket',
} satisfies Record<string, string>;
