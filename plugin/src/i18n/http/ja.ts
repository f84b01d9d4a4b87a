// SPDX-License-Identifier: AGPL-3.0-or-later
// 日本語: the GPU service's error answers (ids and English of api-shim/src/api/http-messages.ts).
// Parameters (node names, privileges, ACL paths, addresses, a system error's own text) stay as sent.
export default {
  'http.msg.bad_request': 'リクエストの対象が不正です',
  'http.msg.bad_http': 'HTTP リクエストの形式が不正です ({code})',
  'http.msg.headers_too_large': 'リクエストヘッダーが大きすぎます',
  'http.msg.request_timeout': 'リクエストヘッダーが時間内に揃いませんでした',
  'http.msg.uri_too_long': 'リクエストの対象が長すぎます',
  'http.msg.bad_path': 'パスの形式が不正です',
  'http.msg.bad_node': 'ノード名が不正です',
  'http.msg.bad_vmid': 'コンテナ ID が不正です',
  'http.msg.no_such_endpoint': 'そのエンドポイントはありません: {path}',
  'http.msg.no_such_page': 'そのページはありません',
  'http.msg.origin_not_allowed':
    '別オリジンからのリクエストは、このノードの PVE Web インターフェースからのみ受け付けます',
  'http.msg.rate_limited': 'このアドレスからのリクエストが多すぎます',
  'http.msg.preflight_without_origin': 'Origin のないプリフライトリクエストです',
  'http.msg.method_not_allowed': 'GET のみ受け付けます',
  'http.msg.body_not_allowed': 'GET リクエストに本文は付けられません',
  'http.msg.bad_timeframe': '期間は hour、day、week のいずれかです',
  'http.msg.bad_cf': 'cf は AVERAGE か MAX です',
  'http.msg.ticket_malformed': 'チケットの形式が不正です',
  'http.msg.ticket_not_login': 'ログインチケットではありません',
  'http.msg.ticket_expired': 'チケットの有効期限が切れています',
  'http.msg.ticket_future': 'チケットの発行時刻が未来です',
  'http.msg.token_malformed':
    'API トークンの形式が不正です (期待される形式: PVEAPIToken=USER@REALM!TOKENID=SECRET)',
  'http.msg.auth_scheme':
    'サポートされていない Authorization 方式です (PVEAuthCookie=… または PVEAPIToken=… を使ってください)',
  'http.msg.cookie_needs_origin':
    'PVEAuthCookie クッキーのチケットには PVE Web インターフェースの Origin ヘッダーが必要です。代わりに Authorization ヘッダーで送ってください',
  'http.msg.no_credential':
    'PVE チケットも API トークンもありません (Authorization: PVEAuthCookie=… または PVEAPIToken=…)',
  'http.msg.ticket_rejected': 'PVE API がこのチケットまたはトークンを受け付けませんでした',
  'http.msg.permission_denied': '権限の確認に失敗しました: {path} に対する {privilege}',
  'http.msg.auth_unreachable': '{url} の PVE API に権限を問い合わせられません: {why}',
  'http.msg.auth_no_ca': 'クラスタ CA {file} がありません',
  'http.msg.auth_busy':
    '{client} からの権限確認が PVE API の応答待ちで多すぎます。数秒後にもう一度お試しください',
  'http.msg.no_such_container': 'コンテナ {vmid} はノード {node} に存在しません',
  'http.msg.no_sample_yet': '最初の GPU 計測がまだ準備できていません。1 秒後にもう一度お試しください',
  'http.msg.collector_unavailable':
    'GPU コレクタ (pve-gpu-tab-collector.service) が応答しません。応答が戻ると値も戻ります',
  'http.msg.history_unavailable': '履歴を利用できません: {why}',
  'http.msg.health_unavailable': 'ヘルスチェックに失敗しました: {why}',
  'http.msg.streams_full': 'サービスのライブストリーム数が上限に達しました',
  'http.msg.streams_per_user': 'このユーザーのライブストリームが多すぎます',
  'http.msg.timeout': '応答に時間がかかりすぎました',
  'http.msg.internal': '内部エラーです。サービスのログを確認してください',
  'http.msg.forward_loop':
    'ここはノード {node} で、{target} ではありません。転送済みのリクエストは再転送しません',
  'http.msg.no_such_node': 'ノード「{node}」はこのクラスタのメンバーではありません',
  'http.msg.node_offline': 'ノード「{node}」はオフラインです (クラスタの状態)',
  'http.msg.node_no_address': 'ノード「{node}」は .members にアドレスがありません',
  'http.msg.node_no_certificate': '{dir} にノード「{node}」の証明書がありません。検証できません',
  'http.msg.node_unreachable': 'ノード「{node}」の GPU サービス ({address}) に接続できません: {why}',
  'http.msg.node_wrong_certificate':
    'ノード「{node}」({address}) が自身のものではない証明書を提示しました ({why})',
  'http.msg.node_no_answer': 'ノード「{node}」の GPU サービスが応答しませんでした: {why}',
  'http.msg.stream_shutting_down': 'GPU サービスを再起動しています',
  'http.msg.stream_preempted': '別のユーザーがストリームの枠を必要としました。後で再接続してください',
  'http.msg.stream_ticket_expired': 'チケットの有効期限が切れました。新しいチケットで再接続してください',
} satisfies Record<string, string>;
