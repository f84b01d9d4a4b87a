// SPDX-License-Identifier: AGPL-3.0-or-later
// Português (Brasil): the GPU service's error answers (ids and English of
// api-shim/src/api/http-messages.ts). Parameters (node names, privileges, ACL paths, addresses, a
// system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Destino da requisição inválido',
  'http.msg.bad_http': 'Requisição HTTP malformada ({code})',
  'http.msg.headers_too_large': 'Cabeçalho da requisição grande demais',
  'http.msg.request_timeout': 'O cabeçalho da requisição não chegou completo a tempo',
  'http.msg.uri_too_long': 'Destino da requisição longo demais',
  'http.msg.bad_path': 'Caminho malformado',
  'http.msg.bad_node': 'Nome de nó inválido',
  'http.msg.bad_vmid': 'ID de contêiner inválido',
  'http.msg.no_such_endpoint': 'Endpoint inexistente: {path}',
  'http.msg.no_such_page': 'Página inexistente',
  'http.msg.origin_not_allowed':
    'Requisições de outra origem só são aceitas a partir da interface web do PVE deste nó',
  'http.msg.rate_limited': 'Requisições demais a partir deste endereço',
  'http.msg.preflight_without_origin': 'Requisição preflight sem Origin',
  'http.msg.method_not_allowed': 'Só GET é aceito',
  'http.msg.body_not_allowed': 'Requisições GET não têm corpo',
  'http.msg.bad_timeframe': 'O período deve ser hour, day ou week',
  'http.msg.bad_cf': 'cf deve ser AVERAGE ou MAX',
  'http.msg.ticket_malformed': 'Ticket malformado',
  'http.msg.ticket_not_login': 'Não é um ticket de login',
  'http.msg.ticket_expired': 'Ticket expirado',
  'http.msg.ticket_future': 'Ticket emitido no futuro',
  'http.msg.token_malformed': 'Token de API malformado (esperado PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme': 'Esquema de Authorization não suportado (use PVEAuthCookie=… ou PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Um ticket no cookie PVEAuthCookie precisa de um cabeçalho Origin da interface web do PVE; envie-o no cabeçalho Authorization',
  'http.msg.no_credential':
    'Nenhum ticket do PVE nem token de API (Authorization: PVEAuthCookie=… ou PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'A API do PVE não aceitou este ticket ou token',
  'http.msg.permission_denied': 'A verificação de permissão falhou: {privilege} em {path}',
  'http.msg.auth_unreachable': 'Não é possível consultar as permissões na API do PVE em {url}: {why}',
  'http.msg.auth_no_ca': 'A CA do cluster {file} está faltando',
  'http.msg.auth_busy':
    'Verificações de permissão demais de {client} aguardam a API do PVE; tente de novo em alguns segundos',
  'http.msg.no_such_container': 'O contêiner {vmid} não existe no nó {node}',
  'http.msg.no_sample_yet': 'A primeira medição da GPU ainda não está pronta; tente de novo em um segundo',
  'http.msg.collector_unavailable':
    'O coletor de GPU (pve-gpu-tab-collector.service) não responde; os valores voltam quando ele responder',
  'http.msg.history_unavailable': 'O histórico não está disponível: {why}',
  'http.msg.health_unavailable': 'As verificações de saúde falharam: {why}',
  'http.msg.streams_full': 'O serviço atingiu seu limite de fluxos ao vivo',
  'http.msg.streams_per_user': 'Fluxos ao vivo demais para este usuário',
  'http.msg.timeout': 'A resposta demorou demais',
  'http.msg.internal': 'Erro interno; veja o log do serviço',
  'http.msg.forward_loop':
    'Este é o nó {node}, não {target}; uma requisição já encaminhada não é encaminhada de novo',
  'http.msg.no_such_node': 'O nó “{node}” não é membro deste cluster',
  'http.msg.node_offline': 'O nó “{node}” está offline (status do cluster)',
  'http.msg.node_no_address': 'O nó “{node}” não tem endereço em .members',
  'http.msg.node_no_certificate': 'Nenhum certificado do nó “{node}” em {dir}; não é possível verificá-lo',
  'http.msg.node_unreachable': 'Não é possível alcançar o serviço de GPU do nó “{node}” em {address}: {why}',
  'http.msg.node_wrong_certificate':
    'O nó “{node}” em {address} apresentou um certificado que não é o dele ({why})',
  'http.msg.node_no_answer': 'O serviço de GPU do nó “{node}” não respondeu: {why}',
  'http.msg.stream_shutting_down': 'O serviço de GPU está reiniciando',
  'http.msg.stream_preempted': 'Outro usuário precisava de uma vaga para um fluxo; reconecte mais tarde',
  'http.msg.stream_ticket_expired': 'Ticket expirado; reconecte com um ticket novo',
} satisfies Record<string, string>;
