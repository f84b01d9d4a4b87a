// SPDX-License-Identifier: AGPL-3.0-or-later
// Русский: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Нет ключей cgroup v1',
  'cgroup.not_allowed.title': 'Cgroup устройств разрешает каждый смонтированный узел',
  'cgroup.stale_major.title': 'Разрешённые старшие номера соответствуют текущим устройствам',
  'cgroup.allow_all.title': 'Нет правила, разрешающего все устройства',
  'cgroup.redundant.title': 'Нет разрешающих правил для несмонтированных узлов',
  'ct.config_syntax.title': 'Каждая строка конфигурации разбирается',
  'ct.pending.title': 'Ожидающие изменения',
  'ct.node_check.title': 'Узлы внутри контейнера — это устройства хоста',
  'ct.service_user_groups.title': 'Пользователи служб могут открыть GPU',
  'ct.group_collision.title': 'Одна группа render и одна группа video',
  'ct.vaapi_driver.title': 'Драйвер VA-API для GPU установлен',
  'dev.path_missing.title': 'Пробрасываемые пути устройств существуют на хосте',
  'dev.not_device.title': 'Пробрасываемые пути — узлы устройств',
  'dev.node_renamed.title': 'Стабильные имена узлов GPU',
  'dev.bypath.title': 'Узлы by-path появляются под своим именем by-path',
  'dev.gid_default.title': 'Записи devN для GPU задают группу',
  'dev.gid_wrong_group.title': 'Группа в devN — группа render/video контейнера',
  'dev.id_unmapped.title': 'UID/GID в devN сопоставлены',
  'dev.nvidia_mode.title': 'Узлы NVIDIA доступны службам контейнера',
  'dev.kfd_gid.title': '/dev/kfd принадлежит группе render',
  'dev.conflict.title': 'Ни один узел не пробрасывается дважды',
  'dev.render_numbering.title': 'renderD128 есть для поиска по умолчанию',
  'dev.vendor.title': 'К какому GPU относится каждый проброшенный узел',
  'host.gpu_inventory.title': 'GPU хоста и их узлы',
  'host.no_drm_node.title': 'У каждого GPU хоста есть драйвер и узлы',
  'host.world_rw_nodes.title': 'Узлы GPU на хосте не доступны на запись всем',
  'host.prestart_chown.title': 'Хуки не меняют владельца узлов устройств хоста',
  'idmap.syntax.title': 'Строки lxc.idmap корректны',
  'idmap.deprecated_key.title': 'Имя ключа lxc.idmap',
  'idmap.type_missing.title': 'Собственное сопоставление содержит строки и для UID, и для GID',
  'idmap.root_unmapped.title': 'root контейнера сопоставлен',
  'idmap.overlap.title': 'Ни один ID не сопоставлен дважды',
  'idmap.gap.title': 'Каждый ID контейнера 0–65535 сопоставлен',
  'idmap.host_root.title': 'root хоста не сопоставлен в контейнер',
  'idmap.passthrough_ids.title': 'ID хоста, общие с контейнером',
  'idmap.too_many_ranges.title': 'Не более 340 диапазонов на тип ID',
  'mon.pmu_in_ct.title': 'Почему мониторы GPU (intel_gpu_top) не работают в этом контейнере',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid не понижен',
  'mon.nvml_pids.title': 'nvidia-smi не показывает процессы внутри контейнера',
  'mon.ineffective_workarounds.title': 'Настройки, которые не помогают получить доступ к PMU',
  'mount.optional_missing.title': 'Необязательные источники монтирования существуют',
  'mount.no_create.title': 'Монтирования в /dev создают свою цель',
  'mount.create_kind.title': 'create= соответствует источнику',
  'mount.bad_path.title': 'Источники и цели монтирования заданы правильно',
  'mount.duplicate.title': 'Нет двух монтирований в одну цель',
  'mount.unmapped_owner.title': 'Смонтированные узлы доступны внутри контейнера',
  'mount.cosmetic.title': 'Строки монтирования заканчиваются чисто',
  'mount.dri_dir.title': 'Смонтированы только нужные узлы DRM',
  'nv.module.title': 'Модуль ядра NVIDIA загружен',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm существует при каждой загрузке',
  'nv.node_set.title': 'Набор узлов NVIDIA полон',
  'nv.version_mismatch.title': 'Библиотеки NVIDIA в контейнере соответствуют драйверу хоста',
  'nv.kernel_pkgs_in_ct.title': 'В контейнере нет пакетов ядра NVIDIA',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit работает в непривилегированном CT',
  'sec.privileged_gpu.title': 'Контейнеры с GPU непривилегированные',
  'sec.apparmor_unconfined.title': 'Ограничения AppArmor включены',
  'sec.seccomp_off.title': 'Фильтр системных вызовов не нарушен',
  'sec.cap_drop_empty.title': 'Сброс capabilities в LXC сохранён',
  'sec.cap_keep.title': 'Нет lxc.cap.keep',
  'sec.system_dir_bind.title': 'В контейнере нет системных каталогов хоста',
  'sec.proc_sys_rw.title': '/proc и /sys не доступны на запись',
  'sec.host_binary_bind.title': 'Не смонтированы исполняемые файлы или библиотеки хоста',
  'subid.not_allowed.title': '/etc/subuid и /etc/subgid разрешают сопоставление',
  'subid.typo_file.title': 'Нет файлов подчинённых ID с опечаткой в имени',
  'subid.nss.title': 'Подчинённые ID берутся из файлов',
  'intel.huc.title': 'Прошивка HuC загружена (энергоэффективное кодирование)',
  'intel.sriov_vf.title': 'Виртуальные функции SR-IOV',
  'amd.kfd.title': 'У ROCm есть /dev/kfd',
  'fix.remove_line': 'Удалите строку',
  'fix.optional_cleanup': 'Необязательная очистка',
  'fix.restart': 'Перезапустите контейнер, чтобы применить конфигурацию',
  'cgroup.v1_key.no_effect':
    '`{line}` — ключ cgroup v1. Этот хост использует cgroup v2 (PVE 7 и новее; в PVE 9 v1 нет вовсе), поэтому строка ни на что не влияет. PVE пишет в журнал `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` — ключ cgroup v1. Этот хост использует cgroup v2 (PVE 7 и новее; в PVE 9 v1 нет вовсе), поэтому строка ни на что не влияет и эти устройства остаются заблокированными (`Operation not permitted`). PVE пишет в журнал `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` — ключ cgroup v1. Этот хост использует cgroup v2 (PVE 7 и новее; в PVE 9 v1 нет вовсе), поэтому строка ни на что не влияет. PVE пишет в журнал `{key} is deprecated, this will be a hard error in the future!`. Переписанная как lxc.cgroup2.devices.allow, она разрешила бы все устройства (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename': 'Переименуйте в ключ cgroup2, а лучше замените сырые записи на devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} смонтирован, но cgroup устройств его не разрешает. Файл виден в контейнере, но каждый open() возвращает `Operation not permitted`.} few {{nodes} смонтированы, но cgroup устройств их не разрешает. Файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.} many {{nodes} смонтированы, но cgroup устройств их не разрешает. Файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.} other {{nodes} смонтированы, но cgroup устройств их не разрешает. Файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} виден через монтирование каталога, но cgroup устройств его не разрешает: open() возвращает `Operation not permitted`. Для VA-API и вычислений не нужен.} few {{nodes} видны через монтирование каталога, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Для VA-API и вычислений не нужны.} many {{nodes} видны через монтирование каталога, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Для VA-API и вычислений не нужны.} other {{nodes} видны через монтирование каталога, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Для VA-API и вычислений не нужны.}}',
  'cgroup.not_allowed.fix': 'Разрешите узлы или используйте devN, который создаёт правила при каждом запуске',
  'cgroup.stale_major.since_start':
    '`{path}` сейчас {devt}, но контейнер был запущен с правилами устройств для {started} (/var/lib/lxc/{vmid}/config). После запуска драйвер был перезагружен или перенумерован: узел заблокирован в работающем контейнере.',
  'cgroup.stale_major.fix.restart': 'Перезапустите контейнер: PVE заново создаст правила по текущим узлам',
  'cgroup.stale_major':
    'Конфигурация разрешает старший номер {major}, который не использует ни одно текущее устройство, а `{path}` теперь {devt}. Динамические старшие номера (nvidia-uvm, nvidia-caps, kfd) меняются после обновлений драйвера.',
  'cgroup.stale_major.named':
    'Конфигурация разрешает старший номер {major}, который не использует ни одно текущее устройство, а `{path}` теперь {devt} ({driver} в /proc/devices). Динамические старшие номера (nvidia-uvm, nvidia-caps, kfd) меняются после обновлений драйвера.',
  'cgroup.stale_major.fix':
    'Обновите номер или перейдите на devN (правила заново создаются по stat() при каждом запуске)',
  'cgroup.allow_all':
    'Контейнер может читать и записывать любой узел устройства, который он может создать или открыть, включая блочные устройства.',
  'cgroup.allow_all.privileged':
    'Контейнер может читать и записывать любой узел устройства, который он может создать или открыть, включая блочные устройства. В привилегированном контейнере это доступ к дискам хоста.',
  'cgroup.allow_all.fix': 'Удалите её; разрешите конкретные узлы GPU (или используйте devN)',
  'cgroup.redundant.by_devn': '`c {devt}` уже разрешён PVE для `{key}`.',
  'cgroup.redundant': '`c {devt}` разрешён, но ни у одного смонтированного узла нет этого номера.',
  'ct.config_syntax.fix': 'Исправьте или удалите строку',
  'ct.config_syntax.fix.dev':
    'Запишите в виде dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE поддерживает dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Перенумеруйте записи',
  'ct.pending.idmap':
    'Контейнер работает с сопоставлением ID, полученным при последнем запуске ({started}); теперь в конфигурации указано {now}. Новое сопоставление вступит в силу после перезапуска.',
  'ct.pending.idmap_removed':
    'Контейнер работает с сопоставлением ID, полученным при последнем запуске ({started}); теперь в конфигурации сопоставления нет. Новое сопоставление вступит в силу после перезапуска.',
  'ct.pending':
    'Эти изменения ожидают применения и вступят в силу при следующем запуске контейнера; проверки выше описывают действующую конфигурацию: {changes}.',
  'ct.config_syntax.delete':
    'Строка {line}: `delete` допустим только в [pve:pending]; здесь PVE его игнорирует.',
  'ct.config_syntax.empty_option':
    'Строка {line}: у параметра `{key}` нет значения; PVE пишет в журнал `unable to parse config` и игнорирует строку.',
  'ct.config_syntax.unparsable':
    'Строка {line}: PVE не может разобрать эту строку (`unable to parse config`) и игнорирует её.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` — не число. PVE отклоняет запись.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` — не восьмеричный режим вида 0660. PVE отклоняет запись.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: неизвестный параметр `{option}`. PVE отклоняет запись.',
  'ct.config_syntax.dev.no_path': '`{key}` не указывает путь к устройству. PVE отклоняет запись.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` находится не в /dev/. PVE отклоняет запись.',
  'ct.config_syntax.dev.dot_path': '`{key}`: `{path}` содержит компоненты /. или /... PVE отклоняет запись.',
  'ct.node_check.missing': '`{path}` не существует в контейнере (см. {see}).',
  'ct.node_check.placeholder':
    '`{path}` в контейнере — обычный файл (заглушка): монтирование не выполнено (см. {see}).',
  'ct.node_check.not_device':
    '`{path}` в контейнере — не узел устройства: монтирование не выполнено (см. {see}).',
  'ct.node_check.stale':
    '`{path}` в контейнере — {devt}, а узел хоста — {hostDevt}: устаревший узел, созданный до перезагрузки драйвера (см. {see}). Перезапустите контейнер.',
  'ct.node_check.fix': 'Перезапустите контейнер после исправления указанной проверки',
  'ct.service_user_groups':
    'Пользователь `{user}` не может открыть `{path}`: владелец — gid {gid}, режим {mode}, а {user} состоит в {groups}.',
  'ct.service_user_groups.no_groups':
    'Пользователь `{user}` не может открыть `{path}`: владелец — gid {gid}, режим {mode}, а {user} не состоит в дополнительных группах.',
  'ct.service_user_groups.fix.add_user': 'Добавьте {user} в {group} внутри контейнера и перезапустите службу',
  'ct.service_user_groups.fix.devn_gid':
    'Назначьте узлу группу render контейнера ({see}), затем перезапустите контейнер',
  'ct.service_user_groups.fix.node_group':
    'Назначьте узлу группу render контейнера (см. dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'В контейнере групп `{group}`: {count} ({gids}); инструменты сопоставляют имя с одной из них.',
  'ct.group_collision.fix': 'Удалите дубликат; оставьте gid, которому принадлежит узел',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 принудительно включает устаревший драйвер; он поддерживает только GPU до Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Удалите LIBVA_DRIVER_NAME или задайте iHD',
  'ct.vaapi_driver.only_i965':
    'В контейнере есть только устаревший драйвер VA-API i965. Для GPU Intel Gen9 и новее установите intel-media-va-driver-non-free (Debian: включите non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'В контейнере есть только устаревший драйвер VA-API i965. Для GPU Intel Gen9 и новее установите intel-media-va-driver-non-free (Debian: включите non-free). Контейнер пока не может открыть узел render (см. выше); сначала исправьте доступ, затем снова проверьте драйвер (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'В контейнере не найден драйвер VA-API Intel (iHD_drv_video.so). Для GPU Intel Gen9 и новее установите intel-media-va-driver-non-free (Debian: включите non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'В контейнере не найден драйвер VA-API Intel (iHD_drv_video.so). Для GPU Intel Gen9 и новее установите intel-media-va-driver-non-free (Debian: включите non-free). Контейнер пока не может открыть узел render (см. выше); сначала исправьте доступ, затем снова проверьте драйвер (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Установите медиадрайвер внутри контейнера',
  'ct.vaapi_driver.no_radeonsi': 'В контейнере не найден radeonsi_drv_video.so (mesa-va-drivers).',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'В контейнере не найден radeonsi_drv_video.so (mesa-va-drivers). Контейнер пока не может открыть узел render (см. выше); сначала исправьте доступ, затем снова проверьте драйвер (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Установите mesa-va-drivers внутри контейнера',
  'dev.path_missing':
    '`{entry}` не существует на хосте; `pct start` прерывается с `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` не существует на хосте; `pct start` прерывается с `Device {path} does not exist`. Вместо этого на хосте есть {others}: нумерация DRM может меняться между загрузками и ядрами (см. dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` не существует на хосте; `pct start` прерывается с `Device {path} does not exist`. /dev/nvidia-uvm появляется только после загрузки модуля nvidia_uvm и создания его узла (см. nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` не существует на хосте; `pct start` прерывается с `Device {path} does not exist`. Вероятно, модуль ядра NVIDIA не загружен (см. nv.module).',
  'dev.path_missing.fix.repoint':
    'Укажите в записи существующий узел, лучше по его стабильному имени by-path',
  'dev.path_missing.fix.create':
    'Обеспечьте наличие устройства на хосте до запуска контейнера или удалите запись',
  'dev.not_device.file': '`{path}` на хосте — обычный файл, а не устройство (PVE: `{path} is not a device`).',
  'dev.not_device.dir': '`{path}` на хосте — каталог, а не устройство (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Удалите файл и дайте udev заново создать узел; затем посмотрите в dev.conflict, как он там появился',
  'dev.node_renamed.gone':
    '`{path}` исчез, а на хосте теперь есть {others}: вероятно, GPU был перенумерован. Начиная с ядра 5.14 загрузочный фреймбуфер simpledrm часто первым занимает card0, а номера могут меняться между загрузками и при обновлении ядра.',
  'dev.node_renamed':
    'Конфигурация указывает `{path}` по номеру. Сегодня он совпадает с хостом, но нумерация DRM может измениться (simpledrm занимает card0, обновления ядра, второй GPU). Для VA-API, QSV и NVENC нужен только узел render.',
  'dev.node_renamed.fix.bypath': 'Используйте стабильное имя by-path (или вовсе уберите узел card)',
  'dev.node_renamed.fix.drop':
    'Уберите узел card (узла render достаточно) или используйте имена /dev/dri/by-path',
  'dev.bypath':
    'PVE создаёт узел внутри контейнера по настроенному пути `{path}`, а не по `{node}` (хук autodev монтирует в /dev/<настроенный путь>). Приложения, которые ищут /dev/dri/renderD128, его не найдут.',
  'dev.bypath.fix':
    'Укажите приложению узел by-path (Jellyfin «VA-API Device», ffmpeg -vaapi_device, LIBVA_DRM_DEVICE, где поддерживается) или создавайте символическую ссылку внутри контейнера при загрузке',
  'dev.gid_default':
    '`{path}` будет в контейнере `root:root 0660`: использовать его может только root контейнера; службы, работающие от своего пользователя (jellyfin, plex, immich, frigate, ollama), получают `Permission denied`.',
  'dev.gid_default.fix':
    'Назначьте узлу группу {group} контейнера (значение берётся из /etc/group контейнера, когда он работает)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` использует gid {gid} — gid группы render ХОСТА. Gid в devN — это gid контейнера: это должна быть группа render внутри контейнера, а она часто другая (Debian 12: 105, Ubuntu 24.04: 993). Запустите контейнер, чтобы эта проверка могла прочитать его /etc/group.',
  'dev.gid_wrong_group.fix.lookup': 'Найдите gid внутри контейнера и используйте его',
  'dev.gid_wrong_group.render':
    '`{key}` задаёт gid {gid}, а это `{group}` внутри этого контейнера ({os}); его группа `render` — {want}. Поэтому узел render принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` задаёт gid {gid}, которому внутри этого контейнера ({os}) не соответствует ни одна группа; его группа `render` — {want}. Поэтому узел render принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` задаёт gid {gid}, а это `{group}` внутри этого контейнера ({os}); группы `render` в нём нет. Поэтому узел render принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` задаёт gid {gid}, которому внутри этого контейнера ({os}) не соответствует ни одна группа; группы `render` в нём нет. Поэтому узел render принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.card':
    '`{key}` задаёт gid {gid}, а это `{group}` внутри этого контейнера ({os}); его группа `video` — {want}. Поэтому узел card принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` задаёт gid {gid}, которому внутри этого контейнера ({os}) не соответствует ни одна группа; его группа `video` — {want}. Поэтому узел card принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` задаёт gid {gid}, а это `{group}` внутри этого контейнера ({os}); в нём нет ни группы `video`, ни группы `render`. Поэтому узел card принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` задаёт gid {gid}, которому внутри этого контейнера ({os}) не соответствует ни одна группа; в нём нет ни группы `video`, ни группы `render`. Поэтому узел card принадлежит не той группе. (Gid в devN — это gid контейнера; gid группы render хоста здесь не важен.)',
  'dev.gid_wrong_group.fix.create_group':
    'Сначала создайте группу {group} внутри контейнера (например, установив пакеты пользовательского пространства GPU), затем укажите здесь её gid',
  'dev.gid_wrong_group.fix': 'Задайте в {key} gid группы {group} контейнера и перезапустите контейнер',
  'dev.id_unmapped.gid':
    '`gid={id}` не сопоставлен в lxc.idmap этого контейнера, поэтому PVE назначает узлу gid хоста {id}, и контейнер видит `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` не сопоставлен в lxc.idmap этого контейнера, поэтому PVE назначает узлу uid хоста {id}, и контейнер видит `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Используйте сопоставленный gid (группы render контейнера) или исправьте сопоставление (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Используйте сопоставленный uid или исправьте сопоставление (idmap.gap)',
  'dev.nvidia_mode':
    'На хосте узлы NVIDIA имеют режим 0666; через devN они становятся в контейнере `0660 root:{group}`, поэтому службы, не входящие в эту группу (ollama, jellyfin, immich …), не могут их открыть.',
  'dev.nvidia_mode.users':
    'На хосте узлы NVIDIA имеют режим 0666; через devN они становятся в контейнере `0660 root:{group}`, поэтому службы, не входящие в эту группу ({users}), не могут их открыть.',
  'dev.nvidia_mode.fix':
    'Добавьте mode=0666 к записям devN для NVIDIA (та же доступность, что и на хосте; драйвер выполняет свои проверки) или добавьте пользователей служб в группу',
  'dev.kfd_gid':
    'ROCm ожидает, что /dev/kfd доступен через группу render; здесь его группа — {gid}. rocminfo/ollama сообщают `Unable to open /dev/kfd read-write: Permission denied` пользователям, состоящим только в render.',
  'dev.kfd_gid.fix': 'Назначьте /dev/kfd gid группы render контейнера',
  'dev.conflict.twice':
    '`{first}` и `{second}` оба пробрасывают `{path}`; второй mknod хука autodev натыкается на существующий файл, и запуск завершается ошибкой (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Оставьте одну запись',
  'dev.conflict.mount':
    '`{entry}` и `lxc.mount.entry` в `{target}`: LXC выполняет записи монтирования до хука autodev, чей mknod затем натыкается на существующий файл (`Could not mknod …: File exists`), и запуск завершается ошибкой `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` и `lxc.mount.entry` в `{target}`: LXC выполняет записи монтирования до хука autodev, чей mknod затем натыкается на существующий файл (`Could not mknod …: File exists`), и запуск завершается ошибкой `Script exited with status 17`. При монтировании целого каталога хук даже пишет в настоящий каталог хоста.',
  'dev.conflict.fix.remove_bind':
    'Для узла используйте либо devN, либо сырые записи, но никогда и то и другое; удалите сырое монтирование',
  'dev.render_numbering':
    '{count, plural, one {В контейнере есть только {nodes}. Поиск libva по умолчанию начинается с renderD128 (intel/libva#540), поэтому vainfo/ffmpeg без явно указанного устройства могут завершиться ошибкой.} few {В контейнере есть только {nodes}. Поиск libva по умолчанию начинается с renderD128 (intel/libva#540), поэтому vainfo/ffmpeg без явно указанного устройства могут завершиться ошибкой.} many {В контейнере есть только {nodes}. Поиск libva по умолчанию начинается с renderD128 (intel/libva#540), поэтому vainfo/ffmpeg без явно указанного устройства могут завершиться ошибкой.} other {В контейнере есть только {nodes}. Поиск libva по умолчанию начинается с renderD128 (intel/libva#540), поэтому vainfo/ffmpeg без явно указанного устройства могут завершиться ошибкой.}}',
  'dev.render_numbering.fix':
    'Укажите путь к устройству в приложении (например, ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'Контейнер получает /dev/kfd (AMD ROCm), но узел render другого производителя. {nodes}.',
  'dev.vendor.fix': 'Пробросьте узел render нужного GPU по его имени by-path',
  'host.gpu_inventory':
    '{gpus}. Группы хоста: render {render}, video {video} (gid группы render хоста различается в выпусках PVE — 104 в PVE 7/8, 993 по сообщениям в PVE 9, — поэтому руководства расходятся; для devN важен только gid контейнера).',
  'host.gpu_inventory.used':
    '{gpus}. Группы хоста: render {render}, video {video} (gid группы render хоста различается в выпусках PVE — 104 в PVE 7/8, 993 по сообщениям в PVE 9, — поэтому руководства расходятся; для devN важен только gid контейнера). Этот контейнер использует {used}.',
  'host.gpu_inventory.no_drm':
    'Устройства DRM не найдены. Группы хоста: render {render}, video {video} (gid группы render хоста различается в выпусках PVE — 104 в PVE 7/8, 993 по сообщениям в PVE 9, — поэтому руководства расходятся; для devN важен только gid контейнера).',
  'host.gpu_inventory.no_drm.used':
    'Устройства DRM не найдены. Группы хоста: render {render}, video {video} (gid группы render хоста различается в выпусках PVE — 104 в PVE 7/8, 993 по сообщениям в PVE 9, — поэтому руководства расходятся; для devN важен только gid контейнера). Этот контейнер использует {used}.',
  'host.no_drm_node.vfio':
    'GPU {pci} ({vendor}) привязан к vfio-pci (проброс в ВМ), поэтому на хосте нет узла /dev/dri, который можно передать контейнерам. GPU можно отдать либо ВМ, либо контейнерам, но не тем и другим одновременно.',
  'host.no_drm_node':
    'У GPU {pci} ({vendor}) нет работающего драйвера на хосте, поэтому пробрасывать нечего: узла устройства нет.',
  'host.no_drm_node.fix.vfio':
    'Уберите привязку vfio-pci ids= / использование hostpciN, пересоберите initramfs и перезагрузитесь',
  'host.no_drm_node.fix': 'Установите и загрузите драйвер хоста для этого GPU',
  'host.world_rw_nodes':
    '`{path}` на хосте имеет режим {mode}. Любой пользователь хоста и любой контейнер, видящий узел, может использовать GPU.',
  'host.world_rw_nodes.card':
    '`{path}` на хосте имеет режим {mode}. Любой пользователь хоста и любой контейнер, видящий узел, может использовать GPU; узел card, доступный на запись всем, также позволяет управлять дисплеем/KMS.',
  'host.world_rw_nodes.fix':
    'Удалите правило, расширяющее режим, и передавайте узел контейнерам через devN с их собственным gid',
  'host.world_rw_nodes.rule': 'Правило udev делает узлы GPU на хосте доступными на запись всем.',
  'host.world_rw_nodes.fix.rule': 'Удалите правило; вместо этого пробрасывайте узлы с devN и gid контейнера',
  'host.prestart_chown':
    'Этот хук при каждом запуске контейнера меняет владельца или режим узлов устройств ХОСТА (`{hook}`). Участники групп render/video на хосте и все остальные контейнеры теряют доступ, пока udev его не восстановит.',
  'host.prestart_chown.fix':
    'Удалите хуки и используйте devN: PVE создаёт собственную копию узла с нужным владельцем вместо изменения узла хоста',
  'idmap.syntax':
    '`{line}` некорректна. LXC понимает только `u` (пользователи) и `g` (группы), за которыми следуют три числа и количество больше 0; PVE пишет в журнал `failed to parse idmap`, и контейнер не запустится.',
  'idmap.syntax.fix':
    'Запишите по одной строке u и одной строке g на диапазон (здесь: диапазоны по умолчанию)',
  'idmap.deprecated_key':
    '`lxc.id_map` — имя из версий до LXC 3.0; PVE переименовывает его с предупреждением при каждом запуске.',
  'idmap.deprecated_key.fix': 'Переименуйте ключ в lxc.idmap',
  'idmap.type_missing.uid':
    'В этом контейнере есть собственные сопоставления gid, но нет сопоставлений uid. Как только появляется хоть одна строка `lxc.idmap`, PVE перестаёт добавлять значения по умолчанию для обоих типов, поэтому для uid сопоставления нет вовсе.',
  'idmap.type_missing.gid':
    'В этом контейнере есть собственные сопоставления uid, но нет сопоставлений gid. Как только появляется хоть одна строка `lxc.idmap`, PVE перестаёт добавлять значения по умолчанию для обоих типов, поэтому для gid сопоставления нет вовсе.',
  'idmap.type_missing.fix.uid': 'Добавьте полное сопоставление uid по умолчанию',
  'idmap.type_missing.fix.gid': 'Добавьте полное сопоставление gid по умолчанию',
  'idmap.root_unmapped.uid':
    'root контейнера (uid 0) не сопоставлен; LXC не может подготовить контейнер (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'root контейнера (gid 0) не сопоставлен; LXC не может подготовить контейнер (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Начните сопоставление uid с 0',
  'idmap.root_unmapped.fix.gid': 'Начните сопоставление gid с 0',
  'idmap.overlap.ct_uid':
    "Две строки lxc.idmap сопоставляют один и тот же uid контейнера {range} (`{first}` и `{second}`). PVE предупреждает `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; ядро отвергает пересекающиеся сопоставления (`newuidmap: write to uid_map failed: Invalid argument`), и контейнер не запускается.",
  'idmap.overlap.ct_gid':
    "Две строки lxc.idmap сопоставляют один и тот же gid контейнера {range} (`{first}` и `{second}`). PVE предупреждает `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; ядро отвергает пересекающиеся сопоставления (`newgidmap: write to gid_map failed: Invalid argument`), и контейнер не запускается.",
  'idmap.overlap.host_uid':
    "Две строки lxc.idmap сопоставляют один и тот же uid хоста {range} (`{first}` и `{second}`). PVE предупреждает `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; ядро отвергает пересекающиеся сопоставления (`newuidmap: write to uid_map failed: Invalid argument`), и контейнер не запускается.",
  'idmap.overlap.host_gid':
    "Две строки lxc.idmap сопоставляют один и тот же gid хоста {range} (`{first}` и `{second}`). PVE предупреждает `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; ядро отвергает пересекающиеся сопоставления (`newgidmap: write to gid_map failed: Invalid argument`), и контейнер не запускается.",
  'idmap.overlap.fix.uid': 'Разбейте большой диапазон вокруг исключения; весь блок uid, готовый для вставки',
  'idmap.overlap.fix.gid': 'Разбейте большой диапазон вокруг исключения; весь блок gid, готовый для вставки',
  'idmap.gap.uid':
    '{count, plural, one {uid контейнера {ids} не сопоставлен.} few {uid контейнера {ids} не сопоставлены.} many {uid контейнера {ids} не сопоставлены.} other {uid контейнера {ids} не сопоставлены.}} Файлы с этими ID отображаются как `nobody`, а `chown` на них завершается ошибкой `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {gid контейнера {ids} не сопоставлен.} few {gid контейнера {ids} не сопоставлены.} many {gid контейнера {ids} не сопоставлены.} other {gid контейнера {ids} не сопоставлены.}} Файлы с этими ID отображаются как `nogroup`, а `chgrp` на них завершается ошибкой `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {uid контейнера {ids} не сопоставлен.} few {uid контейнера {ids} не сопоставлены.} many {uid контейнера {ids} не сопоставлены.} other {uid контейнера {ids} не сопоставлены.}} Файлы с этими ID отображаются как `nobody`, а `chown` на них завершается ошибкой `Invalid argument`. Вероятно, ошибка на единицу там, где одна строка заканчивается, а следующая начинается: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {gid контейнера {ids} не сопоставлен.} few {gid контейнера {ids} не сопоставлены.} many {gid контейнера {ids} не сопоставлены.} other {gid контейнера {ids} не сопоставлены.}} Файлы с этими ID отображаются как `nogroup`, а `chgrp` на них завершается ошибкой `Invalid argument`. Вероятно, ошибка на единицу там, где одна строка заканчивается, а следующая начинается: {hints}.',
  'idmap.gap.fix.uid': 'Расширьте соседние диапазоны; весь блок uid без пропусков, готовый для вставки',
  'idmap.gap.fix.gid': 'Расширьте соседние диапазоны; весь блок gid без пропусков, готовый для вставки',
  'idmap.host_root.uid':
    '`{line}` даёт контейнеру пользователя root хоста. Всё, что работает в контейнере с этим ID, — это root хоста; для таких сопоставлений LXC даже пропускает проверку /etc/subuid.',
  'idmap.host_root.gid':
    '`{line}` даёт контейнеру группу root хоста. Всё, что работает в контейнере с этим ID, — это root хоста; для таких сопоставлений LXC даже пропускает проверку /etc/subgid.',
  'idmap.host_root.fix':
    'Никогда не сопоставляйте ID хоста 0; вместо этого пробрасывайте устройства через devN',
  'idmap.passthrough_ids':
    'ID хоста, переданные в контейнер: {ids}. Контейнер может открыть любой объект хоста, принадлежащий этим ID, а файлы, которые он создаёт с ними, принадлежат этим ID хоста.',
  'idmap.passthrough_ids.sensitive':
    'ID хоста, переданные в контейнер: {ids}. Контейнер может открыть любой объект хоста, принадлежащий этим ID, а файлы, которые он создаёт с ними, принадлежат этим ID хоста. Как минимум один из них — привилегированная группа хоста.',
  'idmap.passthrough_ids.fix':
    'Для доступа к GPU лучше использовать devN с собственным gid контейнера: делиться ID хоста не нужно (сопоставления 1:1 оставляйте только для смонтированных данных)',
  'idmap.too_many_ranges.uid':
    'Диапазонов uid: {count}; ядро принимает не более 340 диапазонов на сопоставление.',
  'idmap.too_many_ranges.gid':
    'Диапазонов gid: {count}; ядро принимает не более 340 диапазонов на сопоставление.',
  'idmap.too_many_ranges.fix': 'Объедините соседние диапазоны',
  'mon.pmu_in_ct.title.nvidia': 'Мониторинг GPU внутри этого контейнера',
  'mon.pmu_in_ct.nvidia':
    'Инструменты NVIDIA (nvidia-smi, nvtop) используют NVML, а не perf PMU, и работают внутри контейнера, как только версия библиотеки совпадает, — но процессов там не показывают (mon.nvml_pids). Не нужно ни понижать kernel.perf_event_paranoid, ни делать контейнер привилегированным — это ослабило бы весь хост. Эта вкладка GPU показывает использование контейнера по процессам: данные читаются на хосте и относятся к контейнеру по cgroup.',
  'mon.pmu_in_ct.privileged':
    'Этот контейнер привилегированный, поэтому {tool} работает внутри него — потому что его root — это root хоста. {tool} читает PMU GPU через perf_event_open() как событие на уровне всего CPU. Ядро разрешает это только владельцам CAP_PERFMON (или CAP_SYS_ADMIN) в исходном пространстве имён пользователей хоста, пока kernel.perf_event_paranoid больше 0 (здесь {paranoid}). У root в непривилегированном контейнере есть capabilities только внутри его собственного пространства имён пользователей, поэтому вызов завершается ошибкой `Failed to initialize PMU! (Permission denied)` — и никакие изменения setcap, lxc.cap.keep, AppArmor или seccomp этого не изменят. Два «исправления», которые можно найти в интернете, ослабляют весь хост: понижение kernel.perf_event_paranoid открывает общесистемные счётчики производительности каждому процессу на хосте и в каждом контейнере, а привилегированный контейнер делает его root root-ом хоста. Эта вкладка GPU показывает те же показатели по движкам для этого контейнера без того и другого: она читает их на хосте из /proc/<pid>/fdinfo и sysfs и относит к контейнеру по cgroup. Внутри контейнера инструменты на основе fdinfo (nvtop, amdgpu_top) тоже работают для его собственных процессов.',
  'mon.pmu_in_ct.lowered':
    '{tool} может работать внутри этого контейнера только потому, что на хосте kernel.perf_event_paranoid равен {paranoid} (mon.paranoid_lowered). {tool} читает PMU GPU через perf_event_open() как событие на уровне всего CPU. Ядро разрешает это только владельцам CAP_PERFMON (или CAP_SYS_ADMIN) в исходном пространстве имён пользователей хоста, пока kernel.perf_event_paranoid больше 0 (здесь {paranoid}). У root в непривилегированном контейнере есть capabilities только внутри его собственного пространства имён пользователей, поэтому вызов завершается ошибкой `Failed to initialize PMU! (Permission denied)` — и никакие изменения setcap, lxc.cap.keep, AppArmor или seccomp этого не изменят. Два «исправления», которые можно найти в интернете, ослабляют весь хост: понижение kernel.perf_event_paranoid открывает общесистемные счётчики производительности каждому процессу на хосте и в каждом контейнере, а привилегированный контейнер делает его root root-ом хоста. Эта вкладка GPU показывает те же показатели по движкам для этого контейнера без того и другого: она читает их на хосте из /proc/<pid>/fdinfo и sysfs и относит к контейнеру по cgroup. Внутри контейнера инструменты на основе fdinfo (nvtop, amdgpu_top) тоже работают для его собственных процессов.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} не может работать внутри этого непривилегированного контейнера. {tool} читает PMU GPU через perf_event_open() как событие на уровне всего CPU. Ядро разрешает это только владельцам CAP_PERFMON (или CAP_SYS_ADMIN) в исходном пространстве имён пользователей хоста, пока kernel.perf_event_paranoid больше 0 (здесь {paranoid}). У root в непривилегированном контейнере есть capabilities только внутри его собственного пространства имён пользователей, поэтому вызов завершается ошибкой `Failed to initialize PMU! (Permission denied)` — и никакие изменения setcap, lxc.cap.keep, AppArmor или seccomp этого не изменят. Два «исправления», которые можно найти в интернете, ослабляют весь хост: понижение kernel.perf_event_paranoid открывает общесистемные счётчики производительности каждому процессу на хосте и в каждом контейнере, а привилегированный контейнер делает его root root-ом хоста. Эта вкладка GPU показывает те же показатели по движкам для этого контейнера без того и другого: она читает их на хосте из /proc/<pid>/fdinfo и sysfs и относит к контейнеру по cgroup. Внутри контейнера инструменты на основе fdinfo (nvtop, amdgpu_top) тоже работают для его собственных процессов.',
  'mon.pmu_in_ct.fix':
    'Менять ничего не нужно: смотрите использование GPU контейнером на этой вкладке. Не понижайте perf_event_paranoid и не делайте контейнер привилегированным.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} позволяет каждому процессу на хосте и в каждом контейнере открывать общесистемные счётчики производительности. Вероятно, это задано, чтобы intel_gpu_top работал в контейнере; эта вкладка показывает те же показатели и без этого.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} позволяет каждому процессу на хосте и в каждом контейнере открывать общесистемные счётчики производительности; -1 дополнительно разрешает профилирование ядра и сырые точки трассировки. Вероятно, это задано, чтобы intel_gpu_top работал в контейнере; эта вкладка показывает те же показатели и без этого.',
  'mon.paranoid_lowered.fix':
    'Удалите переопределение (и его строку в /etc/sysctl.conf или /etc/sysctl.d/*.conf) и используйте мониторинг на стороне хоста',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` внутри контейнера не показывают процессов: драйвер NVIDIA сообщает PID хоста, которых нет в пространстве имён PID контейнера. Суммарные загрузка и память верны; эта вкладка сопоставляет PID хоста контейнерам.',
  'mon.ineffective_workarounds':
    'Эти настройки не делают PMU Intel доступным в непривилегированном контейнере: `setcap cap_perfmon` внутри CT, `lxc.cap.keep`, профиль AppArmor unconfined, пустой профиль seccomp или запуск исполняемого файла хоста через монтирование. Ядро проверяет CAP_PERFMON относительно исходного пространства имён пользователей хоста, которое контейнеру никогда не доступно. Они только ослабляют изоляцию — подумайте об их удалении (см. sec.*).',
  'mon.ineffective_workarounds.fix': 'Отмените их',
  'mount.optional_missing':
    '`{path}` монтируется с `optional`, но не существует на хосте. LXC пишет в журнал `Failed to mount "{path}"` и запускает контейнер без него — устройство незаметно пропадает.',
  'mount.optional_missing.fix':
    'Обеспечьте наличие источника до запуска контейнера (nv.uvm_lazy, dev.node_renamed) или перейдите на devN, который в этом случае явно завершается ошибкой',
  'mount.no_create':
    'Цель монтирования `{target}` не существует в свежем /dev контейнера; без `create=file` монтирование не удаётся.',
  'mount.no_create.optional':
    'Цель монтирования `{target}` не существует в свежем /dev контейнера; без `create=file` монтирование не удаётся (незаметно, из-за optional).',
  'mount.no_create.fix': 'Добавьте create=file',
  'mount.create_kind.dir':
    '`create={create}` не соответствует источнику `{path}`, который является каталогом.',
  'mount.create_kind.file':
    '`create={create}` не соответствует источнику `{path}`, который является узлом устройства.',
  'mount.create_kind.fix': 'Используйте create={create}',
  'mount.bad_path.relative_source':
    '`{path}` — относительный источник; это не `/{path}` хоста, и монтирование пропускается.',
  'mount.bad_path.absolute_target':
    'Цель `{target}` абсолютная; цели монтирования LXC задаются относительно корня контейнера (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` смонтирован в `{target}`; приложения ищут его в `{dir}`.',
  'mount.bad_path.fix': 'Монтируйте /dev/X в dev/X',
  'mount.duplicate': 'Две записи монтируют в `{target}`; более поздняя перекрывает более раннюю.',
  'mount.duplicate.fix': 'Оставьте одну',
  'mount.unmapped_owner':
    '`{path}` на хосте — `{owner}`. В контейнере он виден как `{ctOwner}`, и никто в контейнере — даже root — не может его открыть.',
  'mount.unmapped_owner.gid':
    '`{path}` на хосте — `{owner}`. gid хоста {gid} не сопоставлен в этот контейнер, поэтому узел виден как `{ctOwner}`, и никто в контейнере — даже root — не может его открыть.',
  'mount.unmapped_owner.fix':
    'Замените сырую запись на devN с собственным gid контейнера (PVE создаёт собственный узел с этим владельцем). Избегайте chmod 666 и хуков chown перед запуском.',
  'mount.cosmetic':
    'Хвост `{tail}` взят из скопированного руководства. glibc читает его как 0 0, так что он безвреден.',
  'mount.dri_dir':
    'Виден весь /dev/dri хоста: каждый GPU, узлы card KMS и by-path. Узлы можно использовать, только если их разрешает cgroup устройств (cgroup.not_allowed); в непривилегированных контейнерах они отображаются как nobody:nogroup, если их владелец не сопоставлен (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Пробрасывайте через devN только нужные узлы render',
  'nv.module':
    'Модуль ядра NVIDIA не загружен для ядра {kernel}, поэтому /dev/nvidia* не существует. Контейнеры с devN не запустятся (`Device /dev/nvidia0 does not exist`); сырые необязательные монтирования запускаются без GPU. Обычно это случается после обновления ядра, когда DKMS не собрал модуль.',
  'nv.module.fix': 'Установите заголовки для работающего ядра и пересоберите модуль, затем перезагрузитесь',
  'nv.uvm_lazy.missing_devn':
    '`{path}` сейчас не существует. С devN отсутствующий узел фатален: `pct start` завершается ошибкой `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` сейчас не существует. С необязательным сырым монтированием контейнер запускается без него, и CUDA внутри не работает.',
  'nv.uvm_lazy.module_only_devn':
    'Ничто на этом хосте не создаёт `{path}` при загрузке (nvidia_uvm загружается через modules-load.d, но узел появляется только при первом использовании CUDA). С devN отсутствующий узел фатален: `pct start` завершается ошибкой `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Ничто на этом хосте не создаёт `{path}` при загрузке (nvidia_uvm загружается через modules-load.d, но узел появляется только при первом использовании CUDA). С необязательным сырым монтированием контейнер запускается без него, и CUDA внутри не работает.',
  'nv.uvm_lazy.no_creator_devn':
    'Ничто на этом хосте не создаёт `{path}` при загрузке. С devN отсутствующий узел фатален: `pct start` завершается ошибкой `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Ничто на этом хосте не создаёт `{path}` при загрузке. С необязательным сырым монтированием контейнер запускается без него, и CUDA внутри не работает.',
  'nv.uvm_lazy.fix':
    'Загружайте nvidia_uvm при загрузке системы и создавайте его узлы правилом udev (или включите nvidia-persistenced)',
  'nv.node_set.no_ctl': 'В контейнере есть /dev/nvidia<N>, но нет /dev/nvidiactl; драйверу нужны оба.',
  'nv.node_set.no_gpu': 'В контейнере есть /dev/nvidiactl, но нет узла GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Добавьте {path}',
  'nv.node_set.no_uvm':
    'Нет /dev/nvidia-uvm: NVENC/NVDEC работают, но он нужен для CUDA (ollama, immich-ml, TensorRT).',
  'nv.node_set.fix.uvm':
    'Добавьте /dev/nvidia-uvm (и убедитесь, что он существует при загрузке, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'В контейнере не найдены библиотеки пользовательского пространства NVIDIA (libnvidia-ml, libcuda); установите версию {version} без модуля ядра.',
  'nv.version_mismatch.fix.install':
    'Установите внутри контейнера соответствующий драйвер пользовательского пространства',
  'nv.version_mismatch':
    'Драйвер хоста {version}, библиотеки контейнера {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Это происходит после каждого обновления драйвера хоста.',
  'nv.version_mismatch.fix':
    'Установите внутри контейнера ту же версию без части для ядра; зафиксируйте версию драйвера хоста, чтобы избежать расхождений',
  'nv.kernel_pkgs_in_ct':
    'В контейнере есть пакеты модулей ядра NVIDIA ({packages}); контейнер не может загружать модули, а сборки DKMS завершаются ошибкой при каждом обновлении.',
  'nv.kernel_pkgs_in_ct.fix': 'Удалите их; оставьте только библиотеки пользовательского пространства',
  'nv.ctk_cgroups':
    'Docker внутри этого непривилегированного контейнера не может управлять cgroup устройств; старые версии toolkit завершаются ошибкой `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Задайте no-cgroups = true в [nvidia-container-cli] и явно передайте узлы устройств контейнеру Docker',
  'sec.privileged_gpu':
    'Этот привилегированный контейнер работает как root хоста и имеет доступ к GPU. Начиная с PVE 8.1, devN пробрасывает GPU в непривилегированные контейнеры; LXC считает привилегированные контейнеры небезопасными и не рассматривает выход из них как проблему безопасности.',
  'sec.privileged_gpu.fix':
    'Создайте резервную копию и восстановите контейнер как непривилегированный, затем пробросьте GPU через devN с gid контейнера',
  'sec.apparmor_unconfined':
    'Ограничения AppArmor выключены. Для проброса GPU это не нужно; обычно это копируют из руководств по Docker в LXC.',
  'sec.apparmor_unconfined.privileged':
    'Ограничения AppArmor выключены в привилегированном контейнере, чей root — это root хоста. Для проброса GPU это не нужно; обычно это копируют из руководств по Docker в LXC.',
  'sec.apparmor_unconfined.fix': 'Удалите строку; для Docker используйте «features: nesting=1,keyctl=1»',
  'sec.seccomp_off.replaced':
    'Фильтр системных вызовов контейнера заменён. В этом случае PVE пропускает свои сгенерированные правила (`explicitly configured lxc.seccomp.profile overrides the following settings`). Для использования GPU не нужно.',
  'sec.seccomp_off.disabled':
    'Фильтр системных вызовов контейнера отключён. В этом случае PVE пропускает свои сгенерированные правила (`explicitly configured lxc.seccomp.profile overrides the following settings`), и common.seccomp из LXC (который блокирует загрузку модулей, kexec_load, open_by_handle_at) больше не действует. Для использования GPU не нужно.',
  'sec.cap_drop_empty':
    'Пустой lxc.cap.drop здесь ничего не меняет: для непривилегированных контейнеров userns.conf из LXC уже начинает с полного набора capabilities внутри пространства имён пользователей.',
  'sec.cap_drop_empty.privileged':
    'Пустой lxc.cap.drop сохраняет sys_module, sys_rawio, sys_time, mac_admin и mac_override, которые сбрасывает common.conf из LXC: root контейнера может загружать модули ядра и получать прямой доступ к вводу-выводу на хосте.',
  'sec.cap_keep':
    '`lxc.cap.keep` только ограничивает, какие capabilities контейнер сохраняет внутри своего пространства имён пользователей; добавить CAP_PERFMON/CAP_SYS_ADMIN на хосте он не может. Если нужные capabilities не указаны, он может нарушить работу init контейнера.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` в привилегированном контейнере заменяет список сбрасываемых capabilities LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` в привилегированном контейнере сохраняет capabilities уровня хоста, такие как sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` открывает контейнеру системный каталог хоста. pct.adoc: «Никогда не монтируйте в контейнер системные каталоги, такие как /, /var или /etc, — это создаёт большой риск для безопасности.» В этом непривилегированном контейнере файлы, принадлежащие root хоста, изменить нельзя, но исполняемые файлы хоста и их версии становятся видны.',
  'sec.system_dir_bind.privileged':
    '`{path}` открывает контейнеру системный каталог хоста. pct.adoc: «Никогда не монтируйте в контейнер системные каталоги, такие как /, /var или /etc, — это создаёт большой риск для безопасности.» В этом привилегированном контейнере он может заменять файлы хоста.',
  'sec.system_dir_bind.fix':
    'Установите нужные инструменты внутри контейнера; монтируйте только отдельные каталоги с данными (например, в /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys или /sys доступны на запись в контейнере.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys или /sys доступны на запись в контейнере; в привилегированном контейнере это меняет настройки ядра хоста.',
  'sec.proc_sys_rw.fix':
    'Удалите строку; где это действительно нужно, используйте флаги «features» (force_rw_sys=1)',
  'sec.host_binary_bind':
    '`{path}` — исполняемый файл/библиотека хоста, смонтированные в контейнер; они должны соответствовать libc контейнера и незаметно ломаются при обновлениях хоста.',
  'sec.host_binary_bind.fix': 'Установите соответствующие пакеты внутри контейнера (nv.version_mismatch)',
  'intel.huc':
    'Прошивка HuC не загружена на {pci}, поэтому энергоэффективное кодирование (VDEnc) недоступно; на GPU только с LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake и новее) это означает полное отсутствие аппаратного кодирования H.264/HEVC.',
  'intel.huc.forced':
    'Прошивка HuC не загружена на {pci}, поэтому энергоэффективное кодирование (VDEnc) недоступно; на GPU только с LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake и новее) это означает полное отсутствие аппаратного кодирования H.264/HEVC. Для i915 принудительно задано enable_guc={value}.',
  'intel.huc.fix':
    'Поддерживайте pve-firmware в актуальном состоянии; задавайте enable_guc=2 только на старых платформах, которым это нужно (никогда на тех, где по умолчанию 3), затем обновите initramfs и перезагрузитесь',
  'intel.sriov_vf':
    '`{path}` относится к виртуальной функции SR-IOV: PMU i915 недоступен на VF (`PMU not supported for this GPU`), поэтому загрузку движков можно прочитать только на физической функции.',
  'intel.sriov_vf.fix': 'Отслеживайте физическую функцию на хосте',
  'amd.kfd': 'Для VA-API нужен только узел render, но для ROCm/HIP (ollama, PyTorch) нужен также /dev/kfd.',
  'amd.kfd.compute':
    'Для VA-API нужен только узел render, но для ROCm/HIP (ollama, PyTorch) нужен также /dev/kfd, а этот контейнер похож на вычислительную нагрузку.',
  'amd.kfd.fix': 'Пробросьте /dev/kfd с gid группы render контейнера',
  'subid.not_allowed.uid':
    '`{file}` не разрешает root сопоставлять uid хоста {ids} (нужно для `lxc.idmap: {entry}`). Контейнер не запустится: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` не разрешает root сопоставлять gid хоста {ids} (нужно для `lxc.idmap: {entry}`). Контейнер не запустится: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` не существует (нужен для `lxc.idmap: {entry}`). Контейнер не запустится: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` не существует (нужен для `lxc.idmap: {entry}`). Контейнер не запустится: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Допишите в {file} (перезагрузка не нужна; перезапустите контейнер)',
  'subid.typo_file': '`{file}` никем не читается; newuidmap/newgidmap читают `{right}`.',
  'subid.typo_file.fix': 'Перенесите его строки в {right}',
  'subid.nss':
    'Подчинённые ID на этом хосте берутся из модуля NSS; панель не может проверить их по /etc/subuid и /etc/subgid.',
  'check.pass': 'Замечаний нет.',
  'check.could_not_run': 'Эту проверку не удалось выполнить: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` — ключ cgroup v1. Этот хост использует cgroup v2, поэтому строка ни на что не влияет — а непривилегированному контейнеру разрешающее правило и так не нужно: начиная с PVE 7.0 его cgroup устройств разрешает все устройства, а решают владелец и режим узла. PVE пишет в журнал `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} заблокирован строкой `{line}`: файл виден в контейнере, но каждый open() возвращает `Operation not permitted`.} few {{nodes} заблокированы строкой `{line}`: файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.} many {{nodes} заблокированы строкой `{line}`: файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.} other {{nodes} заблокированы строкой `{line}`: файлы видны в контейнере, но каждый open() возвращает `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Удалите запрещающую строку (или сузьте её, чтобы она больше не совпадала с устройством)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` уже является значением по умолчанию для непривилегированных контейнеров начиная с PVE 7.0 (userns.conf.d/01-pve.conf из pve-container): строка ничего не меняет. Что контейнер может открыть, решают владелец и режим узлов.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} смонтирован, но cgroup устройств его не разрешает: open() возвращает `Operation not permitted`. Контейнеру он не нужен для VA-API или вычислений.} few {{nodes} смонтированы, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Контейнеру они не нужны для VA-API или вычислений.} many {{nodes} смонтированы, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Контейнеру они не нужны для VA-API или вычислений.} other {{nodes} смонтированы, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`. Контейнеру они не нужны для VA-API или вычислений.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` не разрешает root сопоставлять uid хоста {ids}, который нужен сопоставлению ID.} few {`{file}` не разрешает root сопоставлять {count} диапазона uid хоста, нужные сопоставлению ID: {ids}.} many {`{file}` не разрешает root сопоставлять {count} диапазонов uid хоста, нужных сопоставлению ID: {ids}.} other {`{file}` не разрешает root сопоставлять {count} диапазона uid хоста, нужных сопоставлению ID: {ids}.}} Контейнер не запустится: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` не разрешает root сопоставлять gid хоста {ids}, который нужен сопоставлению ID.} few {`{file}` не разрешает root сопоставлять {count} диапазона gid хоста, нужные сопоставлению ID: {ids}.} many {`{file}` не разрешает root сопоставлять {count} диапазонов gid хоста, нужных сопоставлению ID: {ids}.} other {`{file}` не разрешает root сопоставлять {count} диапазона gid хоста, нужных сопоставлению ID: {ids}.}} Контейнер не запустится: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'В этом контейнере работает Docker, а в самом контейнере нет драйвера VA-API. Медиаприложения в образах Docker (Jellyfin, Frigate, Plex) приносят свой драйвер, которого эта панель не видит; если приложение сообщает об отсутствии аппаратного декодирования, проверьте внутри его образа.',
  'ct.vaapi_driver.fix.docker': 'Запустите vainfo внутри контейнера Docker приложения',
  'ct.config_syntax.duplicate':
    '`{key}` задан дважды (строки {first} и {line}); PVE оставляет только последнее значение.',
  'ct.config_syntax.inline_comment':
    'Строка {line}: значение `{key}` содержит встроенный комментарий `#`. PVE и LXC его не отбрасывают: он становится частью значения.',
  'idmap.mark.ct_group': '{name} (контейнер)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'общий → хост {host}',
  'idmap.mark.passthrough_named': 'общий → хост {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Драйверы ускорителей загружены на хосте',
  'acc.usb_single_device.title': 'USB-ускорители передаются через шину, а не через один номер устройства',
  'acc.usb_access.title': 'Контейнер может открыть Coral USB',
  'acc.driver.coral':
    'Отсутствует на хосте: {paths}. Драйвер Coral PCIe (`apex`, которому нужен `gasket`) не загружен, хотя карта есть ({pci}). Пакет `gasket-dkms` от Google не собирается на ядрах 6.5 и новее, поэтому модуль часто пропадает после обновления ядра.',
  'acc.driver.coral_no_card':
    'Отсутствует на хосте: {paths}. На шине PCI не видно карты Coral PCIe, и её драйвер (`apex`) не загружен.',
  'acc.driver.hailo':
    'Отсутствует на хосте: {paths}. Драйвер Hailo PCIe (`hailo_pci`) не загружен, хотя карта есть ({pci}).',
  'acc.driver.hailo_no_card':
    'Отсутствует на хосте: {paths}. На шине PCI не видно карты Hailo, и `hailo_pci` не загружен.',
  'acc.driver.npu_intel':
    'Отсутствует на хосте: {paths}. Драйвер NPU Intel (`intel_vpu`, Linux 6.3 или новее, с прошивкой NPU) не загружен, хотя NPU есть ({pci}).',
  'acc.driver.npu_amd':
    'Отсутствует на хосте: {paths}. Драйвер NPU AMD (`amdxdna`, Linux 6.14 или новее) не загружен, хотя NPU есть ({pci}).',
  'acc.driver.npu':
    'Отсутствует на хосте: {paths}. Ни один драйвер NPU (`intel_vpu`, `amdxdna`) не загружен, и на шине PCI не видно NPU.',
  'acc.driver.kfd':
    'Отсутствует на хосте: {paths}. `amdgpu`, который предоставляет `/dev/kfd` для ROCm, не загружен.',
  'acc.driver.unbound':
    'Отсутствует на хосте: {paths}. Карта {pci} ({id}) не привязана к `{module}` (привязанный драйвер: {driver}): её держит драйвер другой модели или никакой.',
  'acc.driver.fix.coral':
    'Соберите драйвер Coral для работающего ядра (`gasket-dkms`, который на нём собирается, например пакеты feranick/gasket-driver, и заголовки ядра), затем загрузите `apex`',
  'acc.driver.fix.hailo':
    'Установите `hailort-pcie-driver` той версии HailoRT, которую использует контейнер, затем загрузите `{module}`',
  'acc.driver.fix.npu': 'Загрузите `{module}` (`dmesg` покажет недостающую прошивку NPU)',
  'acc.driver.fix.kfd': 'Загрузите `amdgpu`; `/dev/kfd` появится вместе с ним',
  'acc.usb_single_device':
    '{path} ({id}) передаётся как один узел USB-устройства: его номер меняется при каждом переподключении устройства или перезагрузке хоста, и запись тогда указывает в никуда или на другое устройство.',
  'acc.usb_single_device.coral':
    '{path} — это Coral USB ({id}), переданный как один узел. Coral переподключается после загрузки прошивки (1a6e:089a «Global Unichip» становится 18d1:9302 «Google») под новым номером, поэтому узел в контейнере устаревает и Edge TPU не находится.',
  'acc.usb_single_device.moved':
    '{path} больше не существует: Coral USB переподключился и теперь это {now} ({id}). Запись для одного устройства не может за ним следовать: контейнер не запускается (devN) или запускается без TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} больше не существует: номера USB-устройств меняются при каждом переподключении, перенумерации и перезагрузке.',
  'acc.usb_single_device.fix':
    'Вместо этого смонтируйте весь каталог шины USB, чтобы устройство было доступно под любым номером, который оно получит',
  'acc.usb_single_device.fix.coral':
    'Вместо этого смонтируйте весь каталог шины USB и добавьте на хосте правило udev, чтобы непривилегированный контейнер мог открыть оба идентификатора Coral',
  'acc.usb_access':
    '{path} (Coral USB, {id}) на хосте принадлежит {owner}; непривилегированный контейнер видит {ctOwner} и не может открыть его на запись, поэтому libedgetpu не находит Edge TPU. Узел после переподключения получает того же владельца.',
  'acc.usb_access.fix':
    'Добавьте на хосте правило udev, задающее режим 0666 обоим идентификаторам Coral USB (1a6e:089a и 18d1:9302), затем перезапустите udev trigger',
  'acc.usb_access.minor':
    'Cgroup устройств пропускает {path} только как {devt}, сегодняшний номер Coral USB. Когда он переподключится (1a6e:089a станет 18d1:9302), он получит следующий номер на шине, и open() в контейнере завершится с EPERM.',
  'acc.usb_access.fix.minor': 'Разрешите все номера USB-устройств (major 189), а не один',
  'acc.driver.hailo_other':
    'Отсутствует на хосте: {paths}. Загружен `{other}`, но он работает с Hailo-10H; этой карте ({pci}, Hailo-8/8L) нужен `hailo_pci`, а он не загружен.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Что хуки и hookscript делают с устройствами',
  'ct.hook_script.ops':
    '`{hook}` выполняется до запуска контейнера и делает с устройствами следующее: {ops}. Проверки оценивают узлы в том виде, в каком они будут после него.',
  'ct.hook_script.opaque':
    '`{hook}` делает с устройствами то, что эта панель не может проследить ({lines}). Выводы о затронутых узлах зависят от того, что он делает.',
  'ct.hook_script.unreadable':
    'Скрипт `{hook}` ({path}) не удалось прочитать целиком. Выводы об узлах устройств зависят от того, что он делает.',
  'ct.hook_script.missing':
    '`{hook}`: {path} не существует или не является обычным файлом. PVE или LXC не могут его выполнить, и контейнер не запускается.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} не является исполняемым. PVE или LXC не могут его выполнить (`is not executable`), и контейнер не запускается.',
  'ct.hook_script.fix.missing': 'Восстановить скрипт и сделать его исполняемым или удалить хук',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` создаёт {nodes} через mknod в непривилегированном контейнере. Его пространство имён пользователей не может создавать узлы устройств (`Operation not permitted`), поэтому узла нет.} few {`{hook}` создаёт {nodes} через mknod в непривилегированном контейнере. Его пространство имён пользователей не может создавать узлы устройств (`Operation not permitted`), поэтому этих узлов нет.} many {`{hook}` создаёт {nodes} через mknod в непривилегированном контейнере. Его пространство имён пользователей не может создавать узлы устройств (`Operation not permitted`), поэтому этих узлов нет.} other {`{hook}` создаёт {nodes} через mknod в непривилегированном контейнере. Его пространство имён пользователей не может создавать узлы устройств (`Operation not permitted`), поэтому этих узлов нет.}}',
  'ct.hook_script.fix.devn': 'Вместо этого передать узлы записями devN: PVE создаёт их в контейнере',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Хук создаёт {nodes}, но cgroup устройств его не разрешает: open() возвращает `Operation not permitted`.} few {Хук создаёт {nodes}, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`.} many {Хук создаёт {nodes}, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`.} other {Хук создаёт {nodes}, но cgroup устройств их не разрешает: open() возвращает `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'Хук nvidia из LXC может выполниться',
  'nv.lxc_hook':
    'Хук nvidia из LXC при каждом запуске монтирует в контейнер узлы устройств NVIDIA ({devices}) и библиотеки драйвера хоста (`nvidia-container-cli`), поэтому библиотеки драйвера в контейнере всегда соответствуют модулю ядра хоста.',
  'nv.lxc_hook.missing':
    '{path} нет на этом хосте: хук монтирования не может выполниться, и контейнер не запускается.',
  'nv.lxc_hook.not_mount':
    'Хук nvidia из LXC задан как `{key}`. Он работает только как `lxc.hook.mount`, иначе завершается с `This hook must be used as a "mount" hook`: контейнер не запускается.',
  'nv.lxc_hook.privileged':
    'Хук nvidia из LXC работает только в непривилегированных контейнерах (`This hook currently only works in unprivileged mode`). В этом привилегированном контейнере он завершается ошибкой, и контейнер не запускается.',
  'nv.lxc_hook.no_cli':
    'Хук nvidia из LXC запускает `nvidia-container-cli`, которого на этом хосте нет (`Missing tool nvidia-container-cli`): контейнер не запускается.',
  'nv.lxc_hook.no_env':
    'Хук nvidia из LXC ничего не делает, пока `lxc.environment` не задаёт `NVIDIA_VISIBLE_DEVICES` значение, отличное от пустого или `void`: ни один узел или библиотека NVIDIA не попадает в контейнер.',
  'nv.lxc_hook.fix.cli': 'Установить пакет, который его предоставляет',
  'nv.lxc_hook.fix.mount': 'Использовать хук как хук монтирования',
  'nv.lxc_hook.fix.privileged':
    'Удалить хук и передать узлы NVIDIA через devN или использовать непривилегированный контейнер',
  'nv.lxc_hook.fix.env': 'Задать переменные, которые читает хук',
  'ct.generated_config.title': 'Что LXC применил при последнем запуске',
  'ct.generated_config.extra':
    '{count, plural, one {При последнем запуске LXC применил {count} строку, которой нет в конфигурации (её записал хук или она удалена позже): {lines}.} few {При последнем запуске LXC применил {count} строки, которых нет в конфигурации (их записал хук или они удалены позже): {lines}.} many {При последнем запуске LXC применил {count} строк, которых нет в конфигурации (их записал хук или они удалены позже): {lines}.} other {При последнем запуске LXC применил {count} строки, которых нет в конфигурации (их записал хук или они удалены позже): {lines}.}} Проверки этого работающего контейнера оценивают то, что применил LXC (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {{count} строка конфигурации не была применена при последнем запуске (добавлена позже): {lines}. Она подействует после перезапуска контейнера; до тех пор проверки оценивают контейнер без неё.} few {{count} строки конфигурации не были применены при последнем запуске (добавлены позже): {lines}. Они подействуют после перезапуска контейнера; до тех пор проверки оценивают контейнер без них.} many {{count} строк конфигурации не были применены при последнем запуске (добавлены позже): {lines}. Они подействуют после перезапуска контейнера; до тех пор проверки оценивают контейнер без них.} other {{count} строки конфигурации не были применены при последнем запуске (добавлены позже): {lines}. Они подействуют после перезапуска контейнера; до тех пор проверки оценивают контейнер без них.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {Hookscript {script} при каждом запуске добавляет {count} строку в сгенерированную конфигурацию: {lines}. Проверки считают её применённой.} few {Hookscript {script} при каждом запуске добавляет {count} строки в сгенерированную конфигурацию: {lines}. Проверки считают их применёнными.} many {Hookscript {script} при каждом запуске добавляет {count} строк в сгенерированную конфигурацию: {lines}. Проверки считают их применёнными.} other {Hookscript {script} при каждом запуске добавляет {count} строки в сгенерированную конфигурацию: {lines}. Проверки считают их применёнными.}}',
  'ct.read_limits.title': 'Файлы в контейнере прочитаны целиком',
  'ct.read_limits':
    '{count, plural, one {{count} файл в контейнере не удалось прочитать целиком: {paths}.} few {{count} файла в контейнере не удалось прочитать целиком: {paths}.} many {{count} файлов в контейнере не удалось прочитать целиком: {paths}.} other {{count} файла в контейнере не удалось прочитать целиком: {paths}.}} Выводы {checks} основаны на прочитанном и могут быть неверны.',
  'ct.config_syntax.lxc_unknown_key':
    'Строка {line}: `{key}` — не ключ, который PVE передаёт в LXC. PVE отбрасывает строку (`unable to parse config`), поэтому она ни на что не влияет.',
  'ct.config_syntax.lxc_removed_key':
    'Строка {line}: `{key}` удалён в LXC 3.0 (теперь `{new}`). PVE его передаёт, и LXC отказывается запускать контейнер.',
  'ct.config_syntax.cgroup_key':
    'Строка {line}: `{key}` — не ключ правила устройств (`lxc.cgroup2.devices.allow` или `lxc.cgroup2.devices.deny`). LXC не может его применить, и контейнер не запускается.',
  'ct.config_syntax.cgroup_rule':
    'Строка {line}: `{value}` — не правило устройств, которое LXC может разобрать (`a` либо `c` или `b`, за которыми следуют `major:minor` и `rwm`). Контейнер не запускается.',
  'ct.config_syntax.mount_fields':
    'Строка {line}: в `{value}` меньше четырёх полей записи монтирования (источник, цель, тип, параметры). Монтирование не удаётся, и контейнер не запускается.',
  'host.prestart_chown.fix.script':
    'Удалить эти команды из {script} и передать узлы через devN: PVE даёт контейнеру собственную копию каждого узла с нужным владельцем',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'Контейнер может открыть экземпляр MIG',
  'nv.mig_caps.none':
    'Для {gpu} включён MIG ({count, plural, one {{count} экземпляр GPU} few {{count} экземпляра GPU} many {{count} экземпляров GPU} other {{count} экземпляра GPU}}: {instances}), но у контейнера нет ни одного из их узлов capability. Через один лишь {gpu} CUDA не находит устройства: экземпляр MIG открывается через узел доступа его экземпляра GPU и узел одного из его вычислительных экземпляров, `/dev/nvidia-caps/nvidia-cap<minor>` (младшие номера в `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'У контейнера есть только часть экземпляра GPU {gi} устройства {gpu}; не хватает: {nodes}. Экземпляру MIG нужен узел доступа его экземпляра GPU и узел одного из его вычислительных экземпляров.',
  'nv.mig_caps.blocked':
    '{count, plural, one {Узел capability MIG {nodes} подключён, но cgroup устройств его не разрешает} few {Узлы capability MIG {nodes} подключены, но cgroup устройств их не разрешает} many {Узлы capability MIG {nodes} подключены, но cgroup устройств их не разрешает} other {Узлы capability MIG {nodes} подключены, но cgroup устройств их не разрешает}}: CUDA не может открыть ни одного экземпляра {gpu}.',
  'nv.mig_caps.fix.add': 'Передать узлы доступа экземпляра GPU {gi} и его вычислительного экземпляра {ci}',
  'nv.mig_caps.fix.allow': 'Разрешить узлы capability в cgroup устройств',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Для этого GPU ещё нет ни одного замера.',
  'collector.msg.stale': 'Нет корректного замера уже {seconds} с: эти значения получены тогда.',
  'collector.msg.stale_why': 'Нет корректного замера уже {seconds} с ({why}): эти значения получены тогда.',
  'collector.msg.suspended': 'GPU находится в runtime suspend (простаивает); его не будят ради чтения.',
  'collector.msg.legacy_amdgpu':
    'Это ядро выводит формат fdinfo amdgpu до 5.19 (Linux 5.14–5.18, например PVE 7.2–7.4): загрузка по процессам не поддерживается; обновитесь до ядра PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {Не удалось прочитать {count} процесс (доступ запрещён): запустите службу от root.} few {Не удалось прочитать {count} процесса (доступ запрещён): запустите службу от root.} many {Не удалось прочитать {count} процессов (доступ запрещён): запустите службу от root.} other {Не удалось прочитать {count} процесса (доступ запрещён): запустите службу от root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} процесс держит файлы на файловой системе, которая не отвечает (зависшее подключение FUSE или NFS); эти файлы пропускаются.} few {{count} процесса держат файлы на файловой системе, которая не отвечает (зависшее подключение FUSE или NFS); эти файлы пропускаются.} many {{count} процессов держат файлы на файловой системе, которая не отвечает (зависшее подключение FUSE или NFS); эти файлы пропускаются.} other {{count} процесса держат файлы на файловой системе, которая не отвечает (зависшее подключение FUSE или NFS); эти файлы пропускаются.}}',
  'collector.msg.nvidia_starting': 'Запуск nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    '{command} не найден: на этом хосте нет утилит драйвера NVIDIA (пакет Debian `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} не найден.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` завершился ошибкой ({error}).',
  'collector.msg.nvidia_no_index_fields': 'У nvidia-smi нет полей запроса `index` и `pci.bus_id`.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} завершился ({why}); перезапуск через {seconds} с.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} перестал отвечать; перезапуск.',
  'collector.msg.nvidia_mismatch':
    'Версии драйвера и библиотек NVIDIA не совпадают: загруженный модуль ядра отличается от установленных библиотек — обычно после обновления драйвера без перезагрузки. Перезагрузите хост (или перезагрузите модули nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'Версии драйвера и библиотек NVIDIA не совпадают (NVML в пространстве пользователя {nvml}, загруженный модуль ядра {module}): загруженный модуль ядра отличается от установленных библиотек — обычно после обновления драйвера без перезагрузки. Перезагрузите хост (или перезагрузите модули nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'Версии драйвера и библиотек NVIDIA не совпадают (NVML в пространстве пользователя {nvml}): загруженный модуль ядра отличается от установленных библиотек — обычно после обновления драйвера без перезагрузки. Перезагрузите хост (или перезагрузите модули nvidia).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi не нашёл на этом хосте ни одного GPU NVIDIA.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi не может связаться с драйвером NVIDIA: модуль ядра не загружен.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi отклонил поле запроса: {line}',
  'collector.msg.nvidia_failed': 'Ошибка nvidia-smi: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon не поддерживается на этом GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon отвечает "Not supported on the device(s)" для этих GPU (некоторые GeForce, vGPU и конфигурации MIG): загрузка по процессам неизвестна; память по процессам берётся из `--query-compute-apps`, а весь GPU измеряется как обычно.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi не показывает этот GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi не запущен для этого GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi не сообщал об этом GPU уже {seconds} с: значения получены тогда.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} ничего не вывел за {seconds} с; перезапуск с более долгим ожиданием. Без режима persistence драйвер инициализирует GPU для первой открывшей их программы, и это может занять десятки секунд: запустите `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'не существует',
  'evidence.exists': 'существует',
  'evidence.pve_default_map': 'стандартное сопоставление PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'нет записи для root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} строка uid} few {{count} строки uid} many {{count} строк uid} other {{count} строки uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} строка gid} few {{count} строки gid} many {{count} строк gid} other {{count} строки gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (единая иерархия)',
  'evidence.cgroup.hybrid': 'cgroup v1 и v2 одновременно (гибридный режим)',
  'evidence.cgroup.unknown': 'структура cgroup не распознана',
  'evidence.apparmor.enabled': 'AppArmor включён',
  'evidence.apparmor.disabled': 'AppArmor выключен',
  'evidence.no_driver': 'драйвер не привязан',
  'evidence.pci_no_driver': '{id}: драйвер не привязан',
  'evidence.node.char': 'символьное устройство {devt}',
  'evidence.node.block': 'блочное устройство {devt}',
  'evidence.node.file': 'обычный файл, а не узел устройства',
  'evidence.node.dir': 'каталог, а не узел устройства',
  'evidence.no_group_gid': 'ни у одной группы нет gid {gid}',
  'evidence.no_group_name': 'нет группы {group}',
  'evidence.uvm_listed': '`nvidia_uvm` указан',
  'evidence.uvm_not_listed': '`nvidia_uvm` не указан',
  'evidence.no_cgroups_unset': '`no-cgroups` не задан',
  'evidence.docker_dir': 'каталог данных Docker присутствует',
  'evidence.no_vaapi_driver': 'нет драйвера VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'доступ запрещён',
  'evidence.read.not_regular': 'не обычный файл',
  'evidence.read.not_directory': 'не каталог',
  'evidence.read.symlink': 'символическая ссылка, не разыменована',
  'evidence.read.error': 'ошибка чтения',
  'evidence.read.timeout': 'нет ответа в пределах срока',
  'evidence.read.truncated': 'больше предела размера, прочитан частично',
  'evidence.unreadable': 'не удалось прочитать',
  'evidence.module_not_loaded': 'модуль не загружен',
  'evidence.privileged_config': 'ни `unprivileged: 1`, ни `lxc.idmap`',
  'evidence.hook.not_executable': 'не исполняемый',
  'evidence.hook.too_big': 'больше предела размера, не прочитан',
  'evidence.hook.storage': 'его хранилище не типа «каталог»: файл не найти',
  'evidence.unprivileged_ct': 'непривилегированный контейнер',
  'evidence.privileged_ct': 'привилегированный контейнер',
  'evidence.nvidia_nodes_passed': 'узлы устройств NVIDIA пробрасываются',
  'evidence.no_caps_major': 'нет строки `nvidia-caps`',
};
