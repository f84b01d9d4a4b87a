// SPDX-License-Identifier: AGPL-3.0-or-later
// Español: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Destino de la solicitud no válido',
  'http.msg.bad_http': 'Solicitud HTTP mal formada ({code})',
  'http.msg.headers_too_large': 'Cabecera de la solicitud demasiado grande',
  'http.msg.request_timeout': 'La cabecera de la solicitud no llegó completa a tiempo',
  'http.msg.uri_too_long': 'Destino de la solicitud demasiado largo',
  'http.msg.bad_path': 'Ruta mal formada',
  'http.msg.bad_node': 'Nombre de nodo no válido',
  'http.msg.bad_vmid': 'ID de contenedor no válido',
  'http.msg.no_such_endpoint': 'No existe el endpoint: {path}',
  'http.msg.no_such_page': 'No existe la página',
  'http.msg.origin_not_allowed':
    'Las solicitudes de otro origen solo se aceptan desde la interfaz web de PVE de este nodo',
  'http.msg.rate_limited': 'Demasiadas solicitudes desde esta dirección',
  'http.msg.preflight_without_origin': 'Solicitud preflight sin Origin',
  'http.msg.method_not_allowed': 'Solo se acepta GET',
  'http.msg.body_not_allowed': 'Las solicitudes GET no llevan cuerpo',
  'http.msg.bad_timeframe': 'El período debe ser hour, day o week',
  'http.msg.bad_cf': 'cf debe ser AVERAGE o MAX',
  'http.msg.ticket_malformed': 'Ticket mal formado',
  'http.msg.ticket_not_login': 'No es un ticket de inicio de sesión',
  'http.msg.ticket_expired': 'El ticket ha caducado',
  'http.msg.ticket_future': 'Ticket emitido en el futuro',
  'http.msg.token_malformed': 'Token de API mal formado (se espera PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme': 'Esquema de Authorization no admitido (use PVEAuthCookie=… o PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Un ticket en la cookie PVEAuthCookie necesita una cabecera Origin de la interfaz web de PVE; envíelo en la cabecera Authorization en su lugar',
  'http.msg.no_credential':
    'No hay ticket de PVE ni token de API (Authorization: PVEAuthCookie=… o PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'La API de PVE no aceptó este ticket o token',
  'http.msg.permission_denied': 'La comprobación de permisos falló: {privilege} en {path}',
  'http.msg.auth_unreachable': 'No se puede consultar los permisos a la API de PVE en {url}: {why}',
  'http.msg.auth_no_ca': 'Falta la CA del clúster {file}',
  'http.msg.auth_busy':
    'Demasiadas comprobaciones de permisos de {client} esperan a la API de PVE; inténtelo de nuevo en unos segundos',
  'http.msg.no_such_container': 'El contenedor {vmid} no existe en el nodo {node}',
  'http.msg.no_sample_yet':
    'La primera medición de la GPU aún no está lista; inténtelo de nuevo en un segundo',
  'http.msg.collector_unavailable':
    'El recolector de GPU (pve-gpu-tab-collector.service) no responde; los datos volverán cuando responda',
  'http.msg.history_unavailable': 'El historial no está disponible: {why}',
  'http.msg.health_unavailable': 'Las comprobaciones de salud fallaron: {why}',
  'http.msg.streams_full': 'El servicio ha alcanzado su límite de flujos en vivo',
  'http.msg.streams_per_user': 'Demasiados flujos en vivo para este usuario',
  'http.msg.timeout': 'La respuesta tardó demasiado',
  'http.msg.internal': 'Error interno; consulte el registro del servicio',
  'http.msg.forward_loop': 'Este es el nodo {node}, no {target}; no se reenvía una solicitud ya reenviada',
  'http.msg.no_such_node': 'El nodo «{node}» no es miembro de este clúster',
  'http.msg.node_offline': 'El nodo «{node}» está fuera de línea (estado del clúster)',
  'http.msg.node_no_address': 'El nodo «{node}» no tiene dirección en .members',
  'http.msg.node_no_certificate': 'No hay certificado del nodo «{node}» en {dir}; no se puede verificar',
  'http.msg.node_unreachable': 'No se puede acceder al servicio de GPU del nodo «{node}» en {address}: {why}',
  'http.msg.node_wrong_certificate':
    'El nodo «{node}» en {address} presentó un certificado que no es el suyo ({why})',
  'http.msg.node_no_answer': 'El servicio de GPU del nodo «{node}» no respondió: {why}',
  'http.msg.stream_shutting_down': 'El servicio de GPU se está reiniciando',
  'http.msg.stream_preempted': 'Otro usuario necesitaba un puesto para un flujo; vuelva a conectar más tarde',
  'http.msg.stream_ticket_expired': 'El ticket ha caducado; vuelva a conectar con un ticket nuevo',
} satisfies Record<string, string>;
