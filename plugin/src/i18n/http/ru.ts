// SPDX-License-Identifier: AGPL-3.0-or-later
// Русский: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'Недопустимая цель запроса',
  'http.msg.bad_http': 'Неверный HTTP-запрос ({code})',
  'http.msg.headers_too_large': 'Слишком большой заголовок запроса',
  'http.msg.request_timeout': 'Заголовок запроса не пришёл целиком вовремя',
  'http.msg.uri_too_long': 'Слишком длинная цель запроса',
  'http.msg.bad_path': 'Неверный путь',
  'http.msg.bad_node': 'Недопустимое имя узла',
  'http.msg.bad_vmid': 'Недопустимый ID контейнера',
  'http.msg.no_such_endpoint': 'Такой конечной точки нет: {path}',
  'http.msg.no_such_page': 'Такой страницы нет',
  'http.msg.origin_not_allowed':
    'Запросы с другого источника принимаются только от веб-интерфейса PVE этого узла',
  'http.msg.rate_limited': 'Слишком много запросов с этого адреса',
  'http.msg.preflight_without_origin': 'Предварительный запрос (preflight) без Origin',
  'http.msg.method_not_allowed': 'Принимается только GET',
  'http.msg.body_not_allowed': 'У запросов GET не бывает тела',
  'http.msg.bad_timeframe': 'Период должен быть hour, day или week',
  'http.msg.bad_cf': 'cf должен быть AVERAGE или MAX',
  'http.msg.ticket_malformed': 'Неверный тикет',
  'http.msg.ticket_not_login': 'Это не тикет входа',
  'http.msg.ticket_expired': 'Срок действия тикета истёк',
  'http.msg.ticket_future': 'Тикет выдан в будущем',
  'http.msg.token_malformed': 'Неверный токен API (ожидается PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme':
    'Неподдерживаемая схема Authorization (используйте PVEAuthCookie=… или PVEAPIToken=…)',
  'http.msg.cookie_needs_origin':
    'Тикету в cookie PVEAuthCookie нужен заголовок Origin веб-интерфейса PVE; передайте его вместо этого в заголовке Authorization',
  'http.msg.no_credential':
    'Нет ни тикета PVE, ни токена API (Authorization: PVEAuthCookie=… или PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'API PVE не принял этот тикет или токен',
  'http.msg.permission_denied': 'Проверка прав не пройдена: {privilege} на {path}',
  'http.msg.auth_unreachable': 'Не удаётся запросить права у API PVE по адресу {url}: {why}',
  'http.msg.auth_no_ca': 'Отсутствует центр сертификации кластера {file}',
  'http.msg.auth_busy':
    'Слишком много проверок прав от {client} ждут API PVE; повторите попытку через несколько секунд',
  'http.msg.no_such_container': 'Контейнер {vmid} не существует на узле {node}',
  'http.msg.no_sample_yet': 'Первый замер GPU ещё не готов; повторите попытку через секунду',
  'http.msg.collector_unavailable':
    'Сборщик данных GPU (pve-gpu-tab-collector.service) не отвечает; значения вернутся, когда он ответит',
  'http.msg.history_unavailable': 'История недоступна: {why}',
  'http.msg.health_unavailable': 'Проверки состояния завершились ошибкой: {why}',
  'http.msg.streams_full': 'Служба достигла предела потоков в реальном времени',
  'http.msg.streams_per_user': 'Слишком много потоков в реальном времени у этого пользователя',
  'http.msg.timeout': 'Ответ занял слишком много времени',
  'http.msg.internal': 'Внутренняя ошибка; см. журнал службы',
  'http.msg.forward_loop':
    'Это узел {node}, а не {target}; уже перенаправленный запрос не перенаправляется повторно',
  'http.msg.no_such_node': 'Узел «{node}» не входит в этот кластер',
  'http.msg.node_offline': 'Узел «{node}» не в сети (статус кластера)',
  'http.msg.node_no_address': 'У узла «{node}» нет адреса в .members',
  'http.msg.node_no_certificate': 'Нет сертификата узла «{node}» в {dir}; проверить его невозможно',
  'http.msg.node_unreachable': 'Служба GPU узла «{node}» по адресу {address} недоступна: {why}',
  'http.msg.node_wrong_certificate': 'Узел «{node}» по адресу {address} предъявил чужой сертификат ({why})',
  'http.msg.node_no_answer': 'Служба GPU узла «{node}» не ответила: {why}',
  'http.msg.stream_shutting_down': 'Служба GPU перезапускается',
  'http.msg.stream_preempted': 'Другому пользователю понадобилось место для потока; переподключитесь позже',
  'http.msg.stream_ticket_expired': 'Срок действия тикета истёк; переподключитесь с новым тикетом',
} satisfies Record<string, string>;
