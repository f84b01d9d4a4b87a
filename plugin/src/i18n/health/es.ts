// SPDX-License-Identifier: AGPL-3.0-or-later
// Español: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Sin claves de cgroup v1',
  'cgroup.not_allowed.title': 'El cgroup de dispositivos permite cada nodo montado',
  'cgroup.stale_major.title': 'Los números major permitidos coinciden con los dispositivos actuales',
  'cgroup.allow_all.title': 'Sin regla que permita todos los dispositivos',
  'cgroup.redundant.title': 'Sin reglas de permiso para nodos no montados',
  'ct.config_syntax.title': 'Cada línea de configuración es legible',
  'ct.pending.title': 'Cambios pendientes',
  'ct.node_check.title': 'Los nodos dentro del contenedor son los dispositivos del host',
  'ct.service_user_groups.title': 'Los usuarios de servicio pueden abrir la GPU',
  'ct.group_collision.title': 'Un solo grupo render y un solo grupo video',
  'ct.vaapi_driver.title': 'Hay un controlador VA-API instalado para la GPU',
  'dev.path_missing.title': 'Las rutas de dispositivo pasadas existen en el host',
  'dev.not_device.title': 'Las rutas pasadas son nodos de dispositivo',
  'dev.node_renamed.title': 'Nombres estables de los nodos de GPU',
  'dev.bypath.title': 'Los nodos by-path aparecen con su nombre by-path',
  'dev.gid_default.title': 'Las entradas devN de GPU definen un grupo',
  'dev.gid_wrong_group.title': 'El grupo de devN es el grupo render/video del contenedor',
  'dev.id_unmapped.title': 'El uid/gid de devN está mapeado',
  'dev.nvidia_mode.title': 'Los servicios del contenedor pueden usar los nodos NVIDIA',
  'dev.kfd_gid.title': '/dev/kfd pertenece al grupo render',
  'dev.conflict.title': 'Ningún nodo se pasa dos veces',
  'dev.render_numbering.title': 'renderD128 está presente para la detección predeterminada',
  'dev.vendor.title': 'A qué GPU pertenece cada nodo pasado',
  'host.gpu_inventory.title': 'GPU del host y sus nodos',
  'host.no_drm_node.title': 'Cada GPU del host tiene controlador y nodos',
  'host.world_rw_nodes.title': 'Los nodos de GPU del host no son escribibles por todos',
  'host.prestart_chown.title': 'Los hooks no cambian el propietario de los nodos de dispositivo del host',
  'idmap.syntax.title': 'Las líneas lxc.idmap son válidas',
  'idmap.deprecated_key.title': 'Nombre de la clave lxc.idmap',
  'idmap.type_missing.title': 'El mapeo personalizado tiene líneas uid y gid',
  'idmap.root_unmapped.title': 'El root del contenedor está mapeado',
  'idmap.overlap.title': 'Ningún id está mapeado dos veces',
  'idmap.gap.title': 'Todos los ids 0–65535 del contenedor están mapeados',
  'idmap.host_root.title': 'El root del host no está mapeado en el contenedor',
  'idmap.passthrough_ids.title': 'Ids del host compartidos con el contenedor',
  'idmap.too_many_ranges.title': 'Como máximo 340 rangos por tipo de id',
  'mon.pmu_in_ct.title': 'Por qué fallan los monitores de GPU (intel_gpu_top) en este contenedor',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid no está reducido',
  'mon.nvml_pids.title': 'nvidia-smi no muestra procesos dentro del contenedor',
  'mon.ineffective_workarounds.title': 'Ajustes que no ayudan a acceder a la PMU',
  'mount.optional_missing.title': 'Los orígenes de montajes opcionales existen',
  'mount.no_create.title': 'Los montajes en /dev crean su destino',
  'mount.create_kind.title': 'create= coincide con el origen',
  'mount.bad_path.title': 'Los orígenes y destinos de montaje están bien formados',
  'mount.duplicate.title': 'Dos montajes no comparten destino',
  'mount.unmapped_owner.title': 'Los nodos montados se pueden usar dentro del contenedor',
  'mount.cosmetic.title': 'Las líneas de montaje terminan limpiamente',
  'mount.dri_dir.title': 'Solo se montan los nodos DRM necesarios',
  'nv.module.title': 'El módulo del kernel de NVIDIA está cargado',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm existe en cada arranque',
  'nv.node_set.title': 'El conjunto de nodos NVIDIA está completo',
  'nv.version_mismatch.title': 'Las bibliotecas NVIDIA del contenedor coinciden con el controlador del host',
  'nv.kernel_pkgs_in_ct.title': 'Sin paquetes de kernel de NVIDIA en el contenedor',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit funciona en un CT sin privilegios',
  'sec.privileged_gpu.title': 'Los contenedores con GPU son sin privilegios',
  'sec.apparmor_unconfined.title': 'El confinamiento de AppArmor está activo',
  'sec.seccomp_off.title': 'El filtro de llamadas al sistema está intacto',
  'sec.cap_drop_empty.title': 'Se mantienen las capacidades que LXC elimina',
  'sec.cap_keep.title': 'Sin lxc.cap.keep',
  'sec.system_dir_bind.title': 'Sin directorios del sistema del host en el contenedor',
  'sec.proc_sys_rw.title': '/proc y /sys no son escribibles',
  'sec.host_binary_bind.title': 'Sin binarios ni bibliotecas del host montados',
  'subid.not_allowed.title': '/etc/subuid y /etc/subgid permiten el mapeo',
  'subid.typo_file.title': 'Sin archivos de ids subordinados mal escritos',
  'subid.nss.title': 'Los ids subordinados provienen de los archivos',
  'intel.huc.title': 'El firmware HuC está cargado (codificación de bajo consumo)',
  'intel.sriov_vf.title': 'Funciones virtuales SR-IOV',
  'amd.kfd.title': 'ROCm tiene /dev/kfd',
  'fix.remove_line': 'Eliminar la línea',
  'fix.optional_cleanup': 'Limpieza opcional',
  'fix.restart': 'Reinicie el contenedor para aplicar la configuración',
  'cgroup.v1_key.no_effect':
    '`{line}` es una clave de cgroup v1. Este host usa cgroup v2 (PVE 7 y posteriores; PVE 9 ya no tiene v1), por lo que la línea no tiene efecto. PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` es una clave de cgroup v1. Este host usa cgroup v2 (PVE 7 y posteriores; PVE 9 ya no tiene v1), por lo que la línea no tiene efecto y estos dispositivos siguen bloqueados (`Operation not permitted`). PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` es una clave de cgroup v1. Este host usa cgroup v2 (PVE 7 y posteriores; PVE 9 ya no tiene v1), por lo que la línea no tiene efecto. PVE registra `{key} is deprecated, this will be a hard error in the future!`. Reescrita como lxc.cgroup2.devices.allow permitiría todos los dispositivos (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename':
    'Renómbrela a la clave de cgroup2 o, mejor, sustituya las entradas manuales por devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} está montado, pero el cgroup de dispositivos no lo permite. El archivo es visible en el contenedor, pero cada open() devuelve `Operation not permitted`.} other {{nodes} están montados, pero el cgroup de dispositivos no los permite. Los archivos son visibles en el contenedor, pero cada open() devuelve `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} es visible a través de un montaje de directorio, pero el cgroup de dispositivos no lo permite: open() devuelve `Operation not permitted`. No es necesario para VA-API ni para cómputo.} other {{nodes} son visibles a través de un montaje de directorio, pero el cgroup de dispositivos no los permite: open() devuelve `Operation not permitted`. No son necesarios para VA-API ni para cómputo.}}',
  'cgroup.not_allowed.fix': 'Permita los nodos o use devN, que genera las reglas en cada inicio',
  'cgroup.stale_major.since_start':
    '`{path}` es ahora {devt}, pero el contenedor se inició con reglas de dispositivo para {started} (/var/lib/lxc/{vmid}/config). El controlador se recargó o se renumeró desde el inicio: el nodo está bloqueado dentro del contenedor en ejecución.',
  'cgroup.stale_major.fix.restart':
    'Reinicie el contenedor: PVE regenera las reglas a partir de los nodos actuales',
  'cgroup.stale_major':
    'La configuración permite el major {major}, que ningún dispositivo actual usa, mientras que `{path}` es ahora {devt}. Los majors dinámicos (nvidia-uvm, nvidia-caps, kfd) cambian tras las actualizaciones del controlador.',
  'cgroup.stale_major.named':
    'La configuración permite el major {major}, que ningún dispositivo actual usa, mientras que `{path}` es ahora {devt} ({driver} en /proc/devices). Los majors dinámicos (nvidia-uvm, nvidia-caps, kfd) cambian tras las actualizaciones del controlador.',
  'cgroup.stale_major.fix':
    'Actualice el número o cambie a devN (las reglas se regeneran con stat() en cada inicio)',
  'cgroup.allow_all':
    'El contenedor puede leer y escribir cualquier nodo de dispositivo que pueda crear o alcanzar, incluidos los dispositivos de bloque.',
  'cgroup.allow_all.privileged':
    'El contenedor puede leer y escribir cualquier nodo de dispositivo que pueda crear o alcanzar, incluidos los dispositivos de bloque. En un contenedor privilegiado esto equivale a acceso a los discos del host.',
  'cgroup.allow_all.fix': 'Elimínela; permita los nodos de GPU concretos (o use devN)',
  'cgroup.redundant.by_devn': 'PVE ya permite `c {devt}` para `{key}`.',
  'cgroup.redundant': '`c {devt}` está permitido, pero ningún nodo montado tiene ese número.',
  'ct.config_syntax.fix': 'Corrija o elimine la línea',
  'ct.config_syntax.fix.dev':
    'Escríbala como dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE admite dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Renumere las entradas',
  'ct.pending.idmap':
    'El contenedor se ejecuta con el mapeo de ids que obtuvo en su último inicio ({started}); la configuración indica ahora {now}. El nuevo mapeo se aplica tras un reinicio.',
  'ct.pending.idmap_removed':
    'El contenedor se ejecuta con el mapeo de ids que obtuvo en su último inicio ({started}); la configuración ya no tiene mapeo. El nuevo mapeo se aplica tras un reinicio.',
  'ct.pending':
    'Estos cambios están pendientes y se aplican en el próximo inicio del contenedor; las comprobaciones anteriores describen la configuración activa: {changes}.',
  'ct.config_syntax.delete': 'Línea {line}: `delete` solo se permite en [pve:pending]; PVE lo ignora aquí.',
  'ct.config_syntax.empty_option':
    'Línea {line}: la opción `{key}` no tiene valor; PVE registra `unable to parse config` e ignora la línea.',
  'ct.config_syntax.unparsable':
    'Línea {line}: PVE no puede analizar esta línea (`unable to parse config`) y la ignora.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` no es un número. PVE rechaza la entrada.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` no es un modo octal como 0660. PVE rechaza la entrada.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: opción desconocida `{option}`. PVE rechaza la entrada.',
  'ct.config_syntax.dev.no_path': '`{key}` no indica ninguna ruta de dispositivo. PVE rechaza la entrada.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` no está bajo /dev/. PVE rechaza la entrada.',
  'ct.config_syntax.dev.dot_path':
    '`{key}`: `{path}` contiene componentes /. o /.. en la ruta. PVE rechaza la entrada.',
  'ct.node_check.missing': '`{path}` no existe en el contenedor (vea {see}).',
  'ct.node_check.placeholder':
    '`{path}` en el contenedor es un archivo normal (de relleno): el montaje bind no se realizó (vea {see}).',
  'ct.node_check.not_device':
    '`{path}` en el contenedor no es un nodo de dispositivo: el montaje bind no se realizó (vea {see}).',
  'ct.node_check.stale':
    '`{path}` en el contenedor es {devt} y el nodo del host es {hostDevt}: un nodo obsoleto de antes de recargar el controlador (vea {see}). Reinicie el contenedor.',
  'ct.node_check.fix': 'Reinicie el contenedor después de corregir la comprobación indicada',
  'ct.service_user_groups':
    'El usuario `{user}` no puede abrir `{path}`: pertenece al gid {gid}, modo {mode}, y {user} está en {groups}.',
  'ct.service_user_groups.no_groups':
    'El usuario `{user}` no puede abrir `{path}`: pertenece al gid {gid}, modo {mode}, y {user} no está en ningún grupo adicional.',
  'ct.service_user_groups.fix.add_user':
    'Agregue {user} a {group} dentro del contenedor y reinicie el servicio',
  'ct.service_user_groups.fix.devn_gid':
    'Asigne al nodo el grupo render del contenedor ({see}) y reinicie el contenedor',
  'ct.service_user_groups.fix.node_group':
    'Asigne al nodo el grupo render del contenedor (vea dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'El contenedor tiene {count} grupos `{group}` ({gids}); las herramientas resuelven el nombre a uno de ellos.',
  'ct.group_collision.fix': 'Elimine el duplicado; conserve el gid al que pertenece el nodo',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 fuerza el controlador antiguo; solo admite GPU anteriores a Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Elimine LIBVA_DRIVER_NAME o establézcalo en iHD',
  'ct.vaapi_driver.only_i965':
    'El contenedor solo tiene el controlador VA-API antiguo i965. Para GPU Intel Gen9 y posteriores instale intel-media-va-driver-non-free (Debian: habilite non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'El contenedor solo tiene el controlador VA-API antiguo i965. Para GPU Intel Gen9 y posteriores instale intel-media-va-driver-non-free (Debian: habilite non-free). El contenedor aún no puede abrir el nodo render (vea arriba); corrija primero el acceso y luego vuelva a comprobar el controlador (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'No se encontró ningún controlador VA-API de Intel (iHD_drv_video.so) en el contenedor. Para GPU Intel Gen9 y posteriores instale intel-media-va-driver-non-free (Debian: habilite non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'No se encontró ningún controlador VA-API de Intel (iHD_drv_video.so) en el contenedor. Para GPU Intel Gen9 y posteriores instale intel-media-va-driver-non-free (Debian: habilite non-free). El contenedor aún no puede abrir el nodo render (vea arriba); corrija primero el acceso y luego vuelva a comprobar el controlador (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Instale el controlador multimedia dentro del contenedor',
  'ct.vaapi_driver.no_radeonsi': 'No se encontró radeonsi_drv_video.so (mesa-va-drivers) en el contenedor.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'No se encontró radeonsi_drv_video.so (mesa-va-drivers) en el contenedor. El contenedor aún no puede abrir el nodo render (vea arriba); corrija primero el acceso y luego vuelva a comprobar el controlador (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Instale mesa-va-drivers dentro del contenedor',
  'dev.path_missing':
    '`{entry}` no existe en el host; `pct start` se interrumpe con `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` no existe en el host; `pct start` se interrumpe con `Device {path} does not exist`. En su lugar el host tiene {others}: la numeración DRM puede cambiar entre arranques y kernels (vea dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` no existe en el host; `pct start` se interrumpe con `Device {path} does not exist`. /dev/nvidia-uvm solo existe cuando el módulo nvidia_uvm está cargado y se ha creado su nodo (vea nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` no existe en el host; `pct start` se interrumpe con `Device {path} does not exist`. Probablemente el módulo del kernel de NVIDIA no está cargado (vea nv.module).',
  'dev.path_missing.fix.repoint':
    'Apunte la entrada al nodo existente, preferiblemente por su nombre by-path estable',
  'dev.path_missing.fix.create':
    'Haga que el dispositivo exista en el host antes de que se inicie el contenedor, o elimine la entrada',
  'dev.not_device.file':
    '`{path}` en el host es un archivo normal, no un dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` en el host es un directorio, no un dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Elimine el archivo y deje que udev vuelva a crear el nodo; después consulte dev.conflict para ver cómo llegó ahí',
  'dev.node_renamed.gone':
    '`{path}` ya no existe y el host tiene ahora {others}: probablemente la GPU se renumeró. Desde el kernel 5.14 el framebuffer de arranque simpledrm suele ocupar primero card0, y los números pueden cambiar entre arranques y actualizaciones del kernel.',
  'dev.node_renamed':
    'La configuración nombra `{path}` por su número. Hoy coincide con el host, pero la numeración DRM puede cambiar (simpledrm ocupando card0, actualizaciones del kernel, una segunda GPU). VA-API, QSV y NVENC solo necesitan el nodo render.',
  'dev.node_renamed.fix.bypath': 'Use el nombre by-path estable (o prescinda por completo del nodo card)',
  'dev.node_renamed.fix.drop':
    'Prescinda del nodo card (el nodo render basta) o use nombres de /dev/dri/by-path',
  'dev.bypath':
    'PVE crea el nodo dentro del contenedor en la ruta configurada `{path}`, no en `{node}` (el hook autodev monta sobre /dev/<ruta configurada>). Las aplicaciones que buscan /dev/dri/renderD128 no lo encontrarán.',
  'dev.bypath.fix':
    'Indique a la aplicación el nodo by-path (Jellyfin «VA-API Device», ffmpeg -vaapi_device, LIBVA_DRM_DEVICE donde se admita) o cree un enlace simbólico dentro del contenedor al arrancar',
  'dev.gid_default':
    '`{path}` será `root:root 0660` en el contenedor: solo el root del contenedor puede usarlo; los servicios que se ejecutan con su propio usuario (jellyfin, plex, immich, frigate, ollama) obtienen `Permission denied`.',
  'dev.gid_default.fix':
    'Asigne al nodo el grupo {group} del contenedor (valor leído del /etc/group del contenedor cuando está en ejecución)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` usa el gid {gid}, el gid render del HOST. El gid de devN es un gid del contenedor: debe ser el grupo render dentro del contenedor, que a menudo es distinto (Debian 12: 105, Ubuntu 24.04: 993). Inicie el contenedor para que esta comprobación pueda leer su /etc/group.',
  'dev.gid_wrong_group.fix.lookup': 'Consulte el gid dentro del contenedor y use ese',
  'dev.gid_wrong_group.render':
    '`{key}` establece el gid {gid}, que es `{group}` dentro de este contenedor ({os}); su grupo `render` es {want}. Por tanto, el nodo render pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` establece el gid {gid}, que no es ningún grupo dentro de este contenedor ({os}); su grupo `render` es {want}. Por tanto, el nodo render pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.render_missing':
    '`{key}` establece el gid {gid}, que es `{group}` dentro de este contenedor ({os}); no tiene grupo `render`. Por tanto, el nodo render pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` establece el gid {gid}, que no es ningún grupo dentro de este contenedor ({os}); no tiene grupo `render`. Por tanto, el nodo render pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.card':
    '`{key}` establece el gid {gid}, que es `{group}` dentro de este contenedor ({os}); su grupo `video` es {want}. Por tanto, el nodo card pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` establece el gid {gid}, que no es ningún grupo dentro de este contenedor ({os}); su grupo `video` es {want}. Por tanto, el nodo card pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.card_missing':
    '`{key}` establece el gid {gid}, que es `{group}` dentro de este contenedor ({os}); no tiene grupo `video` ni `render`. Por tanto, el nodo card pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` establece el gid {gid}, que no es ningún grupo dentro de este contenedor ({os}); no tiene grupo `video` ni `render`. Por tanto, el nodo card pertenece al grupo equivocado. (El gid de devN es un gid del contenedor; el gid render del host no importa aquí).',
  'dev.gid_wrong_group.fix.create_group':
    'Cree primero el grupo {group} dentro del contenedor (p. ej., instalando los paquetes de espacio de usuario de la GPU) y después establezca aquí su gid',
  'dev.gid_wrong_group.fix': 'Establezca {key} en el gid de {group} del contenedor y reinicie el contenedor',
  'dev.id_unmapped.gid':
    '`gid={id}` no está mapeado por el lxc.idmap de este contenedor, así que PVE asigna el nodo al gid {id} del host y el contenedor ve `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` no está mapeado por el lxc.idmap de este contenedor, así que PVE asigna el nodo al uid {id} del host y el contenedor ve `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Use un gid mapeado (el grupo render del contenedor) o corrija el mapeo (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Use un uid mapeado o corrija el mapeo (idmap.gap)',
  'dev.nvidia_mode':
    'En el host los nodos NVIDIA son 0666; a través de devN pasan a ser `0660 root:{group}` en el contenedor, por lo que los servicios que no están en ese grupo (ollama, jellyfin, immich …) no pueden abrirlos.',
  'dev.nvidia_mode.users':
    'En el host los nodos NVIDIA son 0666; a través de devN pasan a ser `0660 root:{group}` en el contenedor, por lo que los servicios que no están en ese grupo ({users}) no pueden abrirlos.',
  'dev.nvidia_mode.fix':
    'Agregue mode=0666 a las entradas devN de NVIDIA (la misma exposición que en el host; el controlador aplica sus propias comprobaciones) o agregue los usuarios de servicio al grupo',
  'dev.kfd_gid':
    'ROCm espera que /dev/kfd sea accesible a través del grupo render; aquí pertenece al grupo {gid}. rocminfo/ollama informan `Unable to open /dev/kfd read-write: Permission denied` para los usuarios que solo están en render.',
  'dev.kfd_gid.fix': 'Asigne a /dev/kfd el gid render del contenedor',
  'dev.conflict.twice':
    '`{first}` y `{second}` pasan ambos `{path}`; el segundo mknod del hook autodev encuentra un archivo existente y el inicio falla (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Conserve una sola entrada',
  'dev.conflict.mount':
    '`{entry}` y un `lxc.mount.entry` sobre `{target}`: LXC ejecuta las entradas de montaje antes del hook autodev, cuyo mknod encuentra entonces un archivo existente (`Could not mknod …: File exists`) y el inicio falla con `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` y un `lxc.mount.entry` sobre `{target}`: LXC ejecuta las entradas de montaje antes del hook autodev, cuyo mknod encuentra entonces un archivo existente (`Could not mknod …: File exists`) y el inicio falla con `Script exited with status 17`. Con un montaje de todo el directorio, el hook llega a escribir en el directorio real del host.',
  'dev.conflict.fix.remove_bind':
    'Use devN o entradas manuales para un nodo, nunca ambos; elimine el montaje manual',
  'dev.render_numbering':
    '{count, plural, one {Solo {nodes} está presente en el contenedor. La detección predeterminada de libva empieza en renderD128 (intel/libva#540), por lo que vainfo/ffmpeg sin un dispositivo explícito pueden fallar.} other {Solo {nodes} están presentes en el contenedor. La detección predeterminada de libva empieza en renderD128 (intel/libva#540), por lo que vainfo/ffmpeg sin un dispositivo explícito pueden fallar.}}',
  'dev.render_numbering.fix':
    'Configure la ruta del dispositivo en la aplicación (p. ej., ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'El contenedor pasa /dev/kfd (AMD ROCm), pero un nodo render de otro fabricante. {nodes}.',
  'dev.vendor.fix': 'Pase el nodo render de la GPU deseada por su nombre by-path',
  'host.gpu_inventory':
    '{gpus}. Grupos del host: render {render}, video {video} (el gid render del host varía entre versiones de PVE —104 en PVE 7/8, 993 en PVE 9 según informes—, por eso las guías no coinciden; para devN solo importa el gid del contenedor).',
  'host.gpu_inventory.used':
    '{gpus}. Grupos del host: render {render}, video {video} (el gid render del host varía entre versiones de PVE —104 en PVE 7/8, 993 en PVE 9 según informes—, por eso las guías no coinciden; para devN solo importa el gid del contenedor). Este contenedor usa {used}.',
  'host.gpu_inventory.no_drm':
    'No se encontraron dispositivos DRM. Grupos del host: render {render}, video {video} (el gid render del host varía entre versiones de PVE —104 en PVE 7/8, 993 en PVE 9 según informes—, por eso las guías no coinciden; para devN solo importa el gid del contenedor).',
  'host.gpu_inventory.no_drm.used':
    'No se encontraron dispositivos DRM. Grupos del host: render {render}, video {video} (el gid render del host varía entre versiones de PVE —104 en PVE 7/8, 993 en PVE 9 según informes—, por eso las guías no coinciden; para devN solo importa el gid del contenedor). Este contenedor usa {used}.',
  'host.no_drm_node.vfio':
    'La GPU {pci} ({vendor}) está vinculada a vfio-pci (passthrough a VM), por lo que el host no tiene ningún nodo /dev/dri para compartir con contenedores. Una GPU puede asignarse a VM o a contenedores, no a ambos.',
  'host.no_drm_node':
    'La GPU {pci} ({vendor}) no tiene ningún controlador funcional en el host, por lo que no hay ningún nodo de dispositivo que pasar.',
  'host.no_drm_node.fix.vfio':
    'Elimine la vinculación vfio-pci ids= / el uso de hostpciN, regenere el initramfs y reinicie',
  'host.no_drm_node.fix': 'Instale y cargue el controlador del host para esta GPU',
  'host.world_rw_nodes':
    '`{path}` es {mode} en el host. Cualquier usuario del host y cualquier contenedor que vea el nodo puede usar la GPU.',
  'host.world_rw_nodes.card':
    '`{path}` es {mode} en el host. Cualquier usuario del host y cualquier contenedor que vea el nodo puede usar la GPU; un nodo card escribible por todos permite además controlar la pantalla/KMS.',
  'host.world_rw_nodes.fix':
    'Elimine la regla que amplía el modo y dé el nodo a los contenedores mediante devN con su propio gid',
  'host.world_rw_nodes.rule':
    'Una regla de udev hace que los nodos de GPU del host sean escribibles por todos.',
  'host.world_rw_nodes.fix.rule': 'Elimine la regla; pase los nodos con devN y el gid del contenedor',
  'host.prestart_chown':
    'Este hook cambia el propietario o el modo de los nodos de dispositivo del HOST en cada inicio del contenedor (`{hook}`). Los miembros de render/video del host y todos los demás contenedores pierden el acceso hasta que udev lo restablece.',
  'host.prestart_chown.fix':
    'Elimine los hooks y use devN: PVE crea una copia privada del nodo con el propietario solicitado en lugar de modificar el nodo del host',
  'idmap.syntax':
    '`{line}` no es válida. LXC solo entiende `u` (usuarios) y `g` (grupos) seguidos de tres números y un recuento mayor que 0; PVE registra `failed to parse idmap` y el contenedor no se iniciará.',
  'idmap.syntax.fix': 'Escriba una línea u y una línea g por rango (aquí: los rangos predeterminados)',
  'idmap.deprecated_key':
    '`lxc.id_map` es el nombre anterior a LXC 3.0; PVE lo renombra con un aviso en cada inicio.',
  'idmap.deprecated_key.fix': 'Renombre la clave a lxc.idmap',
  'idmap.type_missing.uid':
    'Este contenedor tiene mapeos de gid personalizados, pero ningún mapeo de uid. En cuanto existe alguna línea `lxc.idmap`, PVE deja de agregar sus valores predeterminados para ambos tipos, así que los uid no tienen ningún mapeo.',
  'idmap.type_missing.gid':
    'Este contenedor tiene mapeos de uid personalizados, pero ningún mapeo de gid. En cuanto existe alguna línea `lxc.idmap`, PVE deja de agregar sus valores predeterminados para ambos tipos, así que los gid no tienen ningún mapeo.',
  'idmap.type_missing.fix.uid': 'Agregue el mapeo predeterminado completo para los uid',
  'idmap.type_missing.fix.gid': 'Agregue el mapeo predeterminado completo para los gid',
  'idmap.root_unmapped.uid':
    'El root del contenedor (uid 0) no está mapeado; LXC no puede preparar el contenedor (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'El root del contenedor (gid 0) no está mapeado; LXC no puede preparar el contenedor (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Empiece el mapeo de uid en 0',
  'idmap.root_unmapped.fix.gid': 'Empiece el mapeo de gid en 0',
  'idmap.overlap.ct_uid':
    "Dos líneas lxc.idmap mapean el mismo uid de contenedor {range} (`{first}` y `{second}`). PVE avisa `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; el kernel rechaza los mapeos solapados (`newuidmap: write to uid_map failed: Invalid argument`) y el contenedor no se inicia.",
  'idmap.overlap.ct_gid':
    "Dos líneas lxc.idmap mapean el mismo gid de contenedor {range} (`{first}` y `{second}`). PVE avisa `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; el kernel rechaza los mapeos solapados (`newgidmap: write to gid_map failed: Invalid argument`) y el contenedor no se inicia.",
  'idmap.overlap.host_uid':
    "Dos líneas lxc.idmap mapean el mismo uid del host {range} (`{first}` y `{second}`). PVE avisa `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; el kernel rechaza los mapeos solapados (`newuidmap: write to uid_map failed: Invalid argument`) y el contenedor no se inicia.",
  'idmap.overlap.host_gid':
    "Dos líneas lxc.idmap mapean el mismo gid del host {range} (`{first}` y `{second}`). PVE avisa `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; el kernel rechaza los mapeos solapados (`newgidmap: write to gid_map failed: Invalid argument`) y el contenedor no se inicia.",
  'idmap.overlap.fix.uid':
    'Divida el rango grande alrededor de la excepción; el bloque uid completo, listo para pegar',
  'idmap.overlap.fix.gid':
    'Divida el rango grande alrededor de la excepción; el bloque gid completo, listo para pegar',
  'idmap.gap.uid':
    '{count, plural, one {El uid de contenedor {ids} no está mapeado.} other {Los uid de contenedor {ids} no están mapeados.}} Los archivos con esos ids aparecen como `nobody`, y `chown` a ellos falla con `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {El gid de contenedor {ids} no está mapeado.} other {Los gid de contenedor {ids} no están mapeados.}} Los archivos con esos ids aparecen como `nogroup`, y `chgrp` a ellos falla con `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {El uid de contenedor {ids} no está mapeado.} other {Los uid de contenedor {ids} no están mapeados.}} Los archivos con esos ids aparecen como `nobody`, y `chown` a ellos falla con `Invalid argument`. Probablemente un error de uno donde una línea termina y la siguiente empieza: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {El gid de contenedor {ids} no está mapeado.} other {Los gid de contenedor {ids} no están mapeados.}} Los archivos con esos ids aparecen como `nogroup`, y `chgrp` a ellos falla con `Invalid argument`. Probablemente un error de uno donde una línea termina y la siguiente empieza: {hints}.',
  'idmap.gap.fix.uid': 'Amplíe los rangos vecinos; el bloque uid completo sin huecos, listo para pegar',
  'idmap.gap.fix.gid': 'Amplíe los rangos vecinos; el bloque gid completo sin huecos, listo para pegar',
  'idmap.host_root.uid':
    '`{line}` da al contenedor el usuario root del host. Todo lo que se ejecute con ese id en el contenedor es root del host; LXC incluso omite la comprobación de /etc/subuid para estos mapeos.',
  'idmap.host_root.gid':
    '`{line}` da al contenedor el grupo root del host. Todo lo que se ejecute con ese id en el contenedor es root del host; LXC incluso omite la comprobación de /etc/subgid para estos mapeos.',
  'idmap.host_root.fix': 'No mapee nunca el id 0 del host; pase los dispositivos con devN',
  'idmap.passthrough_ids':
    'Ids del host pasados al contenedor: {ids}. El contenedor puede abrir cualquier objeto del host que pertenezca a estos ids, y los archivos que cree con ellos pertenecen a esos ids del host.',
  'idmap.passthrough_ids.sensitive':
    'Ids del host pasados al contenedor: {ids}. El contenedor puede abrir cualquier objeto del host que pertenezca a estos ids, y los archivos que cree con ellos pertenecen a esos ids del host. Al menos uno de ellos es un grupo privilegiado del host.',
  'idmap.passthrough_ids.fix':
    'Para el acceso a la GPU, prefiera devN con el gid propio del contenedor: no hace falta compartir ningún id del host (conserve los mapeos 1:1 solo para datos montados)',
  'idmap.too_many_ranges.uid': '{count} rangos de uid: el kernel acepta como máximo 340 rangos por mapeo.',
  'idmap.too_many_ranges.gid': '{count} rangos de gid: el kernel acepta como máximo 340 rangos por mapeo.',
  'idmap.too_many_ranges.fix': 'Combine los rangos adyacentes',
  'mon.pmu_in_ct.title.nvidia': 'Monitorización de la GPU dentro de este contenedor',
  'mon.pmu_in_ct.nvidia':
    'Las herramientas de NVIDIA (nvidia-smi, nvtop) usan NVML, no la PMU de perf, y funcionan dentro del contenedor en cuanto coincide la versión de la biblioteca, aunque allí no listan procesos (mon.nvml_pids). No hace falta reducir kernel.perf_event_paranoid ni un contenedor privilegiado, lo que debilitaría todo el host. Esta pestaña GPU muestra el uso del contenedor por proceso, leído en el host y atribuido por cgroup.',
  'mon.pmu_in_ct.privileged':
    'Este contenedor es privilegiado, por lo que {tool} funciona dentro de él, porque su root es el root del host. {tool} lee la PMU de la GPU mediante perf_event_open() como evento de toda la CPU. El kernel solo lo permite a quienes tienen CAP_PERFMON (o CAP_SYS_ADMIN) en el espacio de nombres de usuario inicial del host mientras kernel.perf_event_paranoid sea mayor que 0 (aquí {paranoid}). El root de un contenedor sin privilegios solo tiene sus capacidades dentro de su propio espacio de nombres de usuario, así que la llamada falla con `Failed to initialize PMU! (Permission denied)`, y ningún cambio de setcap, lxc.cap.keep, AppArmor o seccomp puede alterarlo. Las dos «soluciones» que se encuentran en internet debilitan todo el host: reducir kernel.perf_event_paranoid abre los contadores de rendimiento de todo el sistema a cualquier proceso del host y de cualquier contenedor, y hacer privilegiado el contenedor convierte su root en el root del host. Esta pestaña GPU muestra las mismas cifras por motor para este contenedor sin ninguna de las dos: las lee en el host desde /proc/<pid>/fdinfo y sysfs y las atribuye por cgroup. Dentro del contenedor, las herramientas basadas en fdinfo (nvtop, amdgpu_top) también funcionan para sus propios procesos.',
  'mon.pmu_in_ct.lowered':
    '{tool} puede funcionar dentro de este contenedor solo porque kernel.perf_event_paranoid es {paranoid} en el host (mon.paranoid_lowered). {tool} lee la PMU de la GPU mediante perf_event_open() como evento de toda la CPU. El kernel solo lo permite a quienes tienen CAP_PERFMON (o CAP_SYS_ADMIN) en el espacio de nombres de usuario inicial del host mientras kernel.perf_event_paranoid sea mayor que 0 (aquí {paranoid}). El root de un contenedor sin privilegios solo tiene sus capacidades dentro de su propio espacio de nombres de usuario, así que la llamada falla con `Failed to initialize PMU! (Permission denied)`, y ningún cambio de setcap, lxc.cap.keep, AppArmor o seccomp puede alterarlo. Las dos «soluciones» que se encuentran en internet debilitan todo el host: reducir kernel.perf_event_paranoid abre los contadores de rendimiento de todo el sistema a cualquier proceso del host y de cualquier contenedor, y hacer privilegiado el contenedor convierte su root en el root del host. Esta pestaña GPU muestra las mismas cifras por motor para este contenedor sin ninguna de las dos: las lee en el host desde /proc/<pid>/fdinfo y sysfs y las atribuye por cgroup. Dentro del contenedor, las herramientas basadas en fdinfo (nvtop, amdgpu_top) también funcionan para sus propios procesos.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} no puede funcionar dentro de este contenedor sin privilegios. {tool} lee la PMU de la GPU mediante perf_event_open() como evento de toda la CPU. El kernel solo lo permite a quienes tienen CAP_PERFMON (o CAP_SYS_ADMIN) en el espacio de nombres de usuario inicial del host mientras kernel.perf_event_paranoid sea mayor que 0 (aquí {paranoid}). El root de un contenedor sin privilegios solo tiene sus capacidades dentro de su propio espacio de nombres de usuario, así que la llamada falla con `Failed to initialize PMU! (Permission denied)`, y ningún cambio de setcap, lxc.cap.keep, AppArmor o seccomp puede alterarlo. Las dos «soluciones» que se encuentran en internet debilitan todo el host: reducir kernel.perf_event_paranoid abre los contadores de rendimiento de todo el sistema a cualquier proceso del host y de cualquier contenedor, y hacer privilegiado el contenedor convierte su root en el root del host. Esta pestaña GPU muestra las mismas cifras por motor para este contenedor sin ninguna de las dos: las lee en el host desde /proc/<pid>/fdinfo y sysfs y las atribuye por cgroup. Dentro del contenedor, las herramientas basadas en fdinfo (nvtop, amdgpu_top) también funcionan para sus propios procesos.',
  'mon.pmu_in_ct.fix':
    'No hay nada que cambiar: use esta pestaña para el uso de GPU del contenedor. No reduzca perf_event_paranoid ni haga privilegiado el contenedor.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} permite a cualquier proceso del host y de cualquier contenedor abrir contadores de rendimiento de todo el sistema. Probablemente se estableció para que intel_gpu_top funcione en un contenedor; esta pestaña muestra las mismas cifras sin ello.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} permite a cualquier proceso del host y de cualquier contenedor abrir contadores de rendimiento de todo el sistema; -1 permite además el perfilado del kernel y los tracepoints sin procesar. Probablemente se estableció para que intel_gpu_top funcione en un contenedor; esta pestaña muestra las mismas cifras sin ello.',
  'mon.paranoid_lowered.fix':
    'Elimine el ajuste (y su línea en /etc/sysctl.conf o /etc/sysctl.d/*.conf) y use la monitorización desde el host',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` dentro del contenedor no muestran procesos: el controlador de NVIDIA informa los PID del host, que no existen en el espacio de nombres de PID del contenedor. La utilización y los totales de memoria son correctos; esta pestaña asigna los PID del host a los contenedores.',
  'mon.ineffective_workarounds':
    'Estos ajustes no hacen disponible la PMU de Intel en un contenedor sin privilegios: `setcap cap_perfmon` dentro del CT, `lxc.cap.keep`, un perfil de AppArmor sin confinamiento, un perfil seccomp vacío o ejecutar el binario del host mediante un montaje bind. El kernel comprueba CAP_PERFMON frente al espacio de nombres de usuario inicial del host, que un contenedor nunca puede tener. Solo debilitan el aislamiento; considere eliminarlos (vea sec.*).',
  'mon.ineffective_workarounds.fix': 'Reviértalos',
  'mount.optional_missing':
    '`{path}` se monta con `optional`, pero no existe en el host. LXC registra `Failed to mount "{path}"` e inicia el contenedor sin él: el dispositivo desaparece sin aviso.',
  'mount.optional_missing.fix':
    'Haga que el origen exista antes de que se inicie el contenedor (nv.uvm_lazy, dev.node_renamed) o cambie a devN, que en su lugar falla de forma visible',
  'mount.no_create':
    'El destino de montaje `{target}` no existe en el /dev recién creado del contenedor; sin `create=file` el montaje falla.',
  'mount.no_create.optional':
    'El destino de montaje `{target}` no existe en el /dev recién creado del contenedor; sin `create=file` el montaje falla (sin aviso, por optional).',
  'mount.no_create.fix': 'Agregue create=file',
  'mount.create_kind.dir': '`create={create}` no coincide con el origen `{path}`, que es un directorio.',
  'mount.create_kind.file':
    '`create={create}` no coincide con el origen `{path}`, que es un nodo de dispositivo.',
  'mount.create_kind.fix': 'Use create={create}',
  'mount.bad_path.relative_source':
    '`{path}` es un origen relativo; no es el `/{path}` del host y el montaje se omite.',
  'mount.bad_path.absolute_target':
    'El destino `{target}` es absoluto; los destinos de montaje de LXC son relativos a la raíz del contenedor (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` está montado en `{target}`; las aplicaciones lo buscan en `{dir}`.',
  'mount.bad_path.fix': 'Monte /dev/X sobre dev/X',
  'mount.duplicate': 'Dos entradas montan sobre `{target}`; la posterior oculta a la anterior.',
  'mount.duplicate.fix': 'Conserve una',
  'mount.unmapped_owner':
    '`{path}` es `{owner}` en el host. Aparece como `{ctOwner}` y nadie en el contenedor, ni siquiera root, puede abrirlo.',
  'mount.unmapped_owner.gid':
    '`{path}` es `{owner}` en el host. El gid {gid} del host no está mapeado en este contenedor, así que aparece como `{ctOwner}` y nadie en el contenedor, ni siquiera root, puede abrirlo.',
  'mount.unmapped_owner.fix':
    'Sustituya la entrada manual por devN y el gid propio del contenedor (PVE crea un nodo privado con ese propietario). Evite chmod 666 y los hooks de chown previos al inicio.',
  'mount.cosmetic':
    'El `{tail}` final procede de una guía copiada y pegada. glibc lo lee como 0 0, así que es inofensivo.',
  'mount.dri_dir':
    'Todo el /dev/dri del host es visible: cada GPU, los nodos card de KMS y by-path. Los nodos solo se pueden usar si el cgroup de dispositivos los permite (cgroup.not_allowed); en contenedores sin privilegios aparecen como nobody:nogroup salvo que su propietario esté mapeado (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Pase solo los nodos render necesarios, con devN',
  'nv.module':
    'El módulo del kernel de NVIDIA no está cargado para el kernel {kernel}, así que /dev/nvidia* no existe. Los contenedores que usan devN no se iniciarán (`Device /dev/nvidia0 does not exist`); los montajes manuales opcionales se inician sin la GPU. Esto suele ocurrir tras una actualización del kernel cuando DKMS no compiló el módulo.',
  'nv.module.fix': 'Instale las cabeceras del kernel en ejecución y recompile el módulo; después reinicie',
  'nv.uvm_lazy.missing_devn':
    '`{path}` no existe ahora. Con devN, un nodo que falta es fatal: `pct start` falla con `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` no existe ahora. Con un montaje manual opcional, el contenedor se inicia sin él y CUDA falla dentro.',
  'nv.uvm_lazy.module_only_devn':
    'Nada en este host crea `{path}` al arrancar (modules-load.d carga nvidia_uvm, pero el nodo solo aparece cuando algo usa CUDA por primera vez). Con devN, un nodo que falta es fatal: `pct start` falla con `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Nada en este host crea `{path}` al arrancar (modules-load.d carga nvidia_uvm, pero el nodo solo aparece cuando algo usa CUDA por primera vez). Con un montaje manual opcional, el contenedor se inicia sin él y CUDA falla dentro.',
  'nv.uvm_lazy.no_creator_devn':
    'Nada en este host crea `{path}` al arrancar. Con devN, un nodo que falta es fatal: `pct start` falla con `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Nada en este host crea `{path}` al arrancar. Con un montaje manual opcional, el contenedor se inicia sin él y CUDA falla dentro.',
  'nv.uvm_lazy.fix':
    'Cargue nvidia_uvm al arrancar y cree sus nodos con una regla de udev (o habilite nvidia-persistenced)',
  'nv.node_set.no_ctl':
    'El contenedor tiene /dev/nvidia<N> pero no /dev/nvidiactl; el controlador necesita ambos.',
  'nv.node_set.no_gpu': 'El contenedor tiene /dev/nvidiactl pero ningún nodo de GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Agregue {path}',
  'nv.node_set.no_uvm':
    'Sin /dev/nvidia-uvm: NVENC/NVDEC funcionan, pero CUDA (ollama, immich-ml, TensorRT) lo necesita.',
  'nv.node_set.fix.uvm': 'Agregue /dev/nvidia-uvm (y asegúrese de que exista al arrancar, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'No se encontraron bibliotecas de espacio de usuario de NVIDIA (libnvidia-ml, libcuda) en el contenedor; instale la versión {version} sin el módulo del kernel.',
  'nv.version_mismatch.fix.install':
    'Instale el controlador de espacio de usuario correspondiente dentro del contenedor',
  'nv.version_mismatch':
    'Controlador del host {version}, bibliotecas del contenedor {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Esto aparece tras cada actualización del controlador del host.',
  'nv.version_mismatch.fix':
    'Instale la misma versión dentro del contenedor sin la parte del kernel; fije la versión del controlador del host para evitar desajustes',
  'nv.kernel_pkgs_in_ct':
    'El contenedor tiene paquetes de módulos del kernel de NVIDIA ({packages}); un contenedor no puede cargar módulos y las compilaciones de DKMS fallan en cada actualización.',
  'nv.kernel_pkgs_in_ct.fix': 'Elimínelos; conserve solo las bibliotecas de espacio de usuario',
  'nv.ctk_cgroups':
    'Docker dentro de este contenedor sin privilegios no puede gestionar los cgroups de dispositivos; las versiones antiguas del toolkit fallan con `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Establezca no-cgroups = true en [nvidia-container-cli] y pase explícitamente los nodos de dispositivo al contenedor de Docker',
  'sec.privileged_gpu':
    'Este contenedor privilegiado se ejecuta como root del host y tiene la GPU. Desde PVE 8.1, devN pasa las GPU a contenedores sin privilegios; LXC considera inseguros los contenedores privilegiados y no trata las evasiones desde ellos como problemas de seguridad.',
  'sec.privileged_gpu.fix':
    'Haga una copia de seguridad y restáurela como sin privilegios; después pase la GPU con devN y los gid del contenedor',
  'sec.apparmor_unconfined':
    'El confinamiento de AppArmor está desactivado. El passthrough de GPU no lo necesita; suele copiarse de guías de Docker en LXC.',
  'sec.apparmor_unconfined.privileged':
    'El confinamiento de AppArmor está desactivado en un contenedor privilegiado, cuyo root es el root del host. El passthrough de GPU no lo necesita; suele copiarse de guías de Docker en LXC.',
  'sec.apparmor_unconfined.fix': 'Elimine la línea; para Docker use "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    'Se sustituyó el filtro de llamadas al sistema del contenedor. PVE omite entonces sus propias reglas generadas (`explicitly configured lxc.seccomp.profile overrides the following settings`). No es necesario para usar la GPU.',
  'sec.seccomp_off.disabled':
    'Se desactivó el filtro de llamadas al sistema del contenedor. PVE omite entonces sus propias reglas generadas (`explicitly configured lxc.seccomp.profile overrides the following settings`), y desaparece el common.seccomp de LXC (que bloquea la carga de módulos, kexec_load, open_by_handle_at). No es necesario para usar la GPU.',
  'sec.cap_drop_empty':
    'Un lxc.cap.drop vacío no cambia nada aquí: para contenedores sin privilegios, el userns.conf de LXC ya empieza con un conjunto completo de capacidades dentro del espacio de nombres de usuario.',
  'sec.cap_drop_empty.privileged':
    'Un lxc.cap.drop vacío mantiene sys_module, sys_rawio, sys_time, mac_admin y mac_override, que el common.conf de LXC elimina: el root del contenedor puede cargar módulos del kernel y acceder a E/S sin procesar en el host.',
  'sec.cap_keep':
    '`lxc.cap.keep` solo limita qué capacidades conserva el contenedor dentro de su propio espacio de nombres de usuario; no puede agregar CAP_PERFMON/CAP_SYS_ADMIN en el host. Puede romper el init del contenedor si se omiten capacidades necesarias.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` en un contenedor privilegiado sustituye la lista de capacidades que LXC elimina.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` en un contenedor privilegiado mantiene capacidades a nivel de host como sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` comparte un directorio del sistema del host con el contenedor. pct.adoc: «Nunca monte directorios del sistema como /, /var o /etc en un contenedor: supone un gran riesgo de seguridad». En este contenedor sin privilegios no se pueden modificar los archivos del host que pertenecen a root, pero los binarios del host y sus versiones quedan expuestos.',
  'sec.system_dir_bind.privileged':
    '`{path}` comparte un directorio del sistema del host con el contenedor. pct.adoc: «Nunca monte directorios del sistema como /, /var o /etc en un contenedor: supone un gran riesgo de seguridad». En este contenedor privilegiado puede sustituir archivos del host.',
  'sec.system_dir_bind.fix':
    'Instale las herramientas necesarias dentro del contenedor; monte solo directorios de datos dedicados (p. ej., bajo /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys o /sys son escribibles en el contenedor.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys o /sys son escribibles en el contenedor; en un contenedor privilegiado eso cambia los ajustes del kernel del host.',
  'sec.proc_sys_rw.fix':
    'Elimine la línea; use las opciones de "features" (force_rw_sys=1) donde realmente haga falta',
  'sec.host_binary_bind':
    '`{path}` es un binario o biblioteca del host montado en el contenedor; debe coincidir con la libc del contenedor y deja de funcionar sin aviso al actualizar el host.',
  'sec.host_binary_bind.fix':
    'Instale los paquetes correspondientes dentro del contenedor (nv.version_mismatch)',
  'intel.huc':
    'El firmware HuC no está cargado en {pci}, así que la codificación de bajo consumo (VDEnc) no está disponible; en las GPU solo LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake y posteriores) eso significa que no hay codificación por hardware H.264/HEVC en absoluto.',
  'intel.huc.forced':
    'El firmware HuC no está cargado en {pci}, así que la codificación de bajo consumo (VDEnc) no está disponible; en las GPU solo LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake y posteriores) eso significa que no hay codificación por hardware H.264/HEVC en absoluto. i915 está forzado a enable_guc={value}.',
  'intel.huc.fix':
    'Mantenga pve-firmware actualizado; establezca enable_guc=2 solo en plataformas antiguas que lo necesiten (nunca en las que 3 es el valor predeterminado); después actualice el initramfs y reinicie',
  'intel.sriov_vf':
    '`{path}` pertenece a una función virtual SR-IOV: la PMU de i915 no está disponible en las VF (`PMU not supported for this GPU`), así que la ocupación de los motores solo puede leerse en la función física.',
  'intel.sriov_vf.fix': 'Monitorice la función física en el host',
  'amd.kfd': 'VA-API solo necesita el nodo render, pero ROCm/HIP (ollama, PyTorch) necesita además /dev/kfd.',
  'amd.kfd.compute':
    'VA-API solo necesita el nodo render, pero ROCm/HIP (ollama, PyTorch) necesita además /dev/kfd, y este contenedor parece una carga de trabajo de cómputo.',
  'amd.kfd.fix': 'Pase /dev/kfd con el gid render del contenedor',
  'subid.not_allowed.uid':
    '`{file}` no permite que root mapee el uid {ids} del host (necesario para `lxc.idmap: {entry}`). El contenedor no se iniciará: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` no permite que root mapee el gid {ids} del host (necesario para `lxc.idmap: {entry}`). El contenedor no se iniciará: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` no existe (necesario para `lxc.idmap: {entry}`). El contenedor no se iniciará: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` no existe (necesario para `lxc.idmap: {entry}`). El contenedor no se iniciará: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Añada a {file} (no hace falta reiniciar el host; reinicie el contenedor)',
  'subid.typo_file': 'Nada lee `{file}`; newuidmap/newgidmap leen `{right}`.',
  'subid.typo_file.fix': 'Mueva sus líneas a {right}',
  'subid.nss':
    'Los ids subordinados de este host provienen de un módulo NSS; el panel no puede verificarlos a partir de /etc/subuid y /etc/subgid.',
  'check.pass': 'Nada que informar.',
  'check.could_not_run': 'Esta comprobación no se pudo ejecutar: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` es una clave de cgroup v1. Este host usa cgroup v2, por lo que la línea no tiene efecto; además, un contenedor sin privilegios no necesita ninguna regla de permiso: desde PVE 7.0 su cgroup de dispositivos permite todos los dispositivos, y deciden el propietario y el modo del nodo. PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} está bloqueado por `{line}`: el archivo es visible en el contenedor, pero cada open() devuelve `Operation not permitted`.} other {{nodes} están bloqueados por `{line}`: los archivos son visibles en el contenedor, pero cada open() devuelve `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Elimine la línea deny (o restrínjala para que deje de coincidir con el dispositivo)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` ya es el valor predeterminado para contenedores sin privilegios desde PVE 7.0 (userns.conf.d/01-pve.conf de pve-container): la línea no cambia nada. Lo que el contenedor puede abrir lo deciden el propietario y el modo de los nodos.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} está montado, pero el cgroup de dispositivos no lo permite: open() devuelve `Operation not permitted`. El contenedor no lo necesita para VA-API ni para cómputo.} other {{nodes} están montados, pero el cgroup de dispositivos no los permite: open() devuelve `Operation not permitted`. El contenedor no los necesita para VA-API ni para cómputo.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` no permite que root mapee el uid {ids} del host, que el mapeo de ids necesita.} other {`{file}` no permite que root mapee los {count} rangos de uid del host que el mapeo de ids necesita: {ids}.}} El contenedor no se iniciará: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` no permite que root mapee el gid {ids} del host, que el mapeo de ids necesita.} other {`{file}` no permite que root mapee los {count} rangos de gid del host que el mapeo de ids necesita: {ids}.}} El contenedor no se iniciará: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'Docker se ejecuta dentro de este contenedor, y el propio contenedor no tiene controlador VA-API. Las aplicaciones multimedia de las imágenes de Docker (Jellyfin, Frigate, Plex) traen su propio controlador, que este panel no puede ver; si la aplicación no informa de decodificación por hardware, compruébelo dentro de su imagen.',
  'ct.vaapi_driver.fix.docker': 'Ejecute vainfo dentro del contenedor de Docker de la aplicación',
  'ct.config_syntax.duplicate':
    '`{key}` está establecido dos veces (líneas {first} y {line}); PVE conserva solo el último.',
  'ct.config_syntax.inline_comment':
    'Línea {line}: el valor de `{key}` contiene un comentario `#`. PVE y LXC no lo eliminan: pasa a formar parte del valor.',
  'idmap.mark.ct_group': '{name} (contenedor)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'compartido → host {host}',
  'idmap.mark.passthrough_named': 'compartido → host {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Los controladores de los aceleradores están cargados en el host',
  'acc.usb_single_device.title': 'Los aceleradores USB se pasan por su bus, no por un número de dispositivo',
  'acc.usb_access.title': 'El contenedor puede abrir el Coral USB',
  'acc.driver.coral':
    'Falta en el host: {paths}. El controlador Coral PCIe (`apex`, que necesita `gasket`) no está cargado, aunque la tarjeta está presente ({pci}). El paquete `gasket-dkms` de Google no compila en kernels 6.5 y posteriores, por lo que el módulo suele perderse tras una actualización del kernel.',
  'acc.driver.coral_no_card':
    'Falta en el host: {paths}. No se ve ninguna tarjeta Coral PCIe en el bus PCI y su controlador (`apex`) no está cargado.',
  'acc.driver.hailo':
    'Falta en el host: {paths}. El controlador Hailo PCIe (`hailo_pci`) no está cargado, aunque la tarjeta está presente ({pci}).',
  'acc.driver.hailo_no_card':
    'Falta en el host: {paths}. No se ve ninguna tarjeta Hailo en el bus PCI y `hailo_pci` no está cargado.',
  'acc.driver.npu_intel':
    'Falta en el host: {paths}. El controlador de la NPU de Intel (`intel_vpu`, Linux 6.3 o posterior, con el firmware de la NPU) no está cargado, aunque la NPU está presente ({pci}).',
  'acc.driver.npu_amd':
    'Falta en el host: {paths}. El controlador de la NPU de AMD (`amdxdna`, Linux 6.14 o posterior) no está cargado, aunque la NPU está presente ({pci}).',
  'acc.driver.npu':
    'Falta en el host: {paths}. No hay ningún controlador de NPU cargado (`intel_vpu`, `amdxdna`) ni se ve ninguna NPU en el bus PCI.',
  'acc.driver.kfd':
    'Falta en el host: {paths}. `amdgpu`, que proporciona el `/dev/kfd` de ROCm, no está cargado.',
  'acc.driver.unbound':
    'Falta en el host: {paths}. La tarjeta en {pci} ({id}) no está vinculada a `{module}` (controlador vinculado: {driver}): la tiene un controlador de otro modelo, o ninguno.',
  'acc.driver.fix.coral':
    'Compilar el controlador Coral para el kernel en uso (un `gasket-dkms` que compile en él, como los paquetes de feranick/gasket-driver, y las cabeceras del kernel) y luego cargar `apex`',
  'acc.driver.fix.hailo':
    'Instalar el `hailort-pcie-driver` de la versión de HailoRT que usa el contenedor y luego cargar `{module}`',
  'acc.driver.fix.npu': 'Cargar `{module}` (`dmesg` indica el firmware de NPU que falta)',
  'acc.driver.fix.kfd': 'Cargar `amdgpu`; `/dev/kfd` viene con él',
  'acc.usb_single_device':
    '{path} ({id}) se pasa como un único nodo de dispositivo USB: su número cambia cada vez que se reconecta el dispositivo o se reinicia el host, y la entrada apunta entonces a nada o a otro dispositivo.',
  'acc.usb_single_device.coral':
    '{path} es un Coral USB ({id}) pasado como un único nodo. El Coral se vuelve a enumerar cuando carga su firmware (1a6e:089a «Global Unichip» pasa a ser 18d1:9302 «Google») con un número nuevo, así que el nodo del contenedor queda obsoleto y no se encuentra ninguna Edge TPU.',
  'acc.usb_single_device.moved':
    '{path} ya no existe: el Coral USB se volvió a enumerar y ahora es {now} ({id}). Una entrada de un solo dispositivo no puede seguirlo: el contenedor no arranca (devN) o arranca sin la TPU (montaje).',
  'acc.usb_single_device.gone':
    '{path} ya no existe: los números de dispositivo USB cambian con cada nueva enumeración, reconexión y reinicio.',
  'acc.usb_single_device.fix':
    'Montar en su lugar todo el directorio del bus USB, para que el dispositivo sea accesible con el número que reciba',
  'acc.usb_single_device.fix.coral':
    'Montar en su lugar todo el directorio del bus USB y añadir una regla udev en el host para que el contenedor sin privilegios pueda abrir los dos identificadores del Coral',
  'acc.usb_access':
    '{path} (Coral USB, {id}) es {owner} en el host; el contenedor sin privilegios ve {ctOwner} y no puede abrirlo para escritura, así que libedgetpu no encuentra ninguna Edge TPU. El nodo que obtiene al volver a enumerarse tiene el mismo propietario.',
  'acc.usb_access.fix':
    'Añadir en el host una regla udev que dé el modo 0666 a los dos identificadores del Coral USB (1a6e:089a y 18d1:9302) y volver a disparar udev',
  'acc.usb_access.minor':
    'El cgroup de dispositivos solo deja pasar {path} como {devt}, el número actual del Coral USB. Cuando se vuelve a enumerar (1a6e:089a pasa a ser 18d1:9302) recibe el siguiente número del bus, y open() falla en el contenedor con EPERM.',
  'acc.usb_access.fix.minor':
    'Permitir todos los números de dispositivo USB (mayor 189) en lugar de uno solo',
  'acc.driver.hailo_other':
    'Falta en el host: {paths}. `{other}` está cargado, pero controla el Hailo-10H; esta tarjeta ({pci}, un Hailo-8/8L) necesita `hailo_pci`, que no está cargado.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Qué hacen los hooks y hookscripts con los dispositivos',
  'ct.hook_script.ops':
    '`{hook}` se ejecuta antes de que arranque el contenedor y hace esto con los dispositivos: {ops}. Las comprobaciones juzgan los nodos tal como quedan después.',
  'ct.hook_script.opaque':
    '`{hook}` hace con los dispositivos cosas que este panel no puede seguir ({lines}). Los veredictos sobre los nodos afectados dependen de lo que haga.',
  'ct.hook_script.unreadable':
    'No se pudo leer entero el script de `{hook}` ({path}). Los veredictos sobre los nodos de dispositivo dependen de lo que haga.',
  'ct.hook_script.missing':
    '`{hook}`: {path} no existe o no es un archivo normal. PVE o LXC no pueden ejecutarlo y el contenedor no arranca.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} no es ejecutable. PVE o LXC no pueden ejecutarlo (`is not executable`) y el contenedor no arranca.',
  'ct.hook_script.fix.missing': 'Restaurar el script y hacerlo ejecutable, o quitar el hook',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` crea {nodes} con mknod dentro de un contenedor sin privilegios. Su espacio de nombres de usuario no puede crear nodos de dispositivo (`Operation not permitted`), así que el nodo no existe.} other {`{hook}` crea {nodes} con mknod dentro de un contenedor sin privilegios. Su espacio de nombres de usuario no puede crear nodos de dispositivo (`Operation not permitted`), así que los nodos no existen.}}',
  'ct.hook_script.fix.devn': 'Pasar los nodos con entradas devN: PVE los crea en el contenedor',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Un hook crea {nodes}, pero el cgroup de dispositivos no lo permite: open() devuelve `Operation not permitted`.} other {Un hook crea {nodes}, pero el cgroup de dispositivos no los permite: open() devuelve `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'El hook nvidia de LXC puede ejecutarse',
  'nv.lxc_hook':
    'El hook nvidia de LXC monta en cada arranque los nodos de dispositivo NVIDIA ({devices}) y las bibliotecas del controlador del host en el contenedor (`nvidia-container-cli`), así que las bibliotecas del contenedor siempre coinciden con el módulo del kernel del host.',
  'nv.lxc_hook.missing':
    '{path} no existe en este host: el hook de montaje no puede ejecutarse y el contenedor no arranca.',
  'nv.lxc_hook.not_mount':
    'El hook nvidia de LXC está configurado como `{key}`. Solo funciona como `lxc.hook.mount`; si no, termina con `This hook must be used as a "mount" hook`: el contenedor no arranca.',
  'nv.lxc_hook.privileged':
    'El hook nvidia de LXC solo funciona en contenedores sin privilegios (`This hook currently only works in unprivileged mode`). En este contenedor privilegiado falla y el contenedor no arranca.',
  'nv.lxc_hook.no_cli':
    'El hook nvidia de LXC ejecuta `nvidia-container-cli`, que este host no tiene (`Missing tool nvidia-container-cli`): el contenedor no arranca.',
  'nv.lxc_hook.no_env':
    'El hook nvidia de LXC no hace nada si `lxc.environment` no da a `NVIDIA_VISIBLE_DEVICES` un valor distinto de vacío o `void`: ningún nodo ni biblioteca de NVIDIA llega al contenedor.',
  'nv.lxc_hook.fix.cli': 'Instalar el paquete que lo proporciona',
  'nv.lxc_hook.fix.mount': 'Usar el hook como hook de montaje',
  'nv.lxc_hook.fix.privileged':
    'Quitar el hook y pasar los nodos NVIDIA con devN, o usar un contenedor sin privilegios',
  'nv.lxc_hook.fix.env': 'Definir las variables que lee el hook',
  'ct.generated_config.title': 'Lo que LXC aplicó en el último arranque',
  'ct.generated_config.extra':
    '{count, plural, one {LXC aplicó en el último arranque una línea que la configuración no tiene (la escribió un hook, o se quitó después): {lines}.} other {LXC aplicó en el último arranque {count} líneas que la configuración no tiene (las escribió un hook, o se quitaron después): {lines}.}} Las comprobaciones de este contenedor en marcha juzgan lo que LXC aplicó (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {Una línea de la configuración no se aplicó en el último arranque (se añadió después): {lines}. Surte efecto al reiniciar el contenedor; hasta entonces las comprobaciones juzgan el contenedor sin ella.} other {{count} líneas de la configuración no se aplicaron en el último arranque (se añadieron después): {lines}. Surten efecto al reiniciar el contenedor; hasta entonces las comprobaciones juzgan el contenedor sin ellas.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {El hookscript {script} añade una línea a la configuración generada en cada arranque: {lines}. Las comprobaciones la cuentan como aplicada.} other {El hookscript {script} añade {count} líneas a la configuración generada en cada arranque: {lines}. Las comprobaciones las cuentan como aplicadas.}}',
  'ct.read_limits.title': 'Los archivos del contenedor se leyeron enteros',
  'ct.read_limits':
    '{count, plural, one {No se pudo leer entero un archivo del contenedor: {paths}.} other {No se pudieron leer enteros {count} archivos del contenedor: {paths}.}} Los veredictos de {checks} se basan en lo leído y pueden ser erróneos.',
  'ct.config_syntax.lxc_unknown_key':
    'Línea {line}: `{key}` no es una clave que PVE pase a LXC. PVE descarta la línea (`unable to parse config`), así que no tiene efecto.',
  'ct.config_syntax.lxc_removed_key':
    'Línea {line}: `{key}` se eliminó en LXC 3.0 (ahora `{new}`). PVE la pasa y LXC se niega a arrancar el contenedor.',
  'ct.config_syntax.cgroup_key':
    'Línea {line}: `{key}` no es una clave de regla de dispositivo (`lxc.cgroup2.devices.allow` o `lxc.cgroup2.devices.deny`). LXC no puede aplicarla y el contenedor no arranca.',
  'ct.config_syntax.cgroup_rule':
    'Línea {line}: `{value}` no es una regla de dispositivo que LXC entienda (`a`, o `c` o `b` seguido de `major:minor` y `rwm`). El contenedor no arranca.',
  'ct.config_syntax.mount_fields':
    'Línea {line}: `{value}` tiene menos de los cuatro campos de una entrada de montaje (origen, destino, tipo, opciones). El montaje falla y el contenedor no arranca.',
  'host.prestart_chown.fix.script':
    'Borrar estos comandos de {script} y pasar los nodos con devN: PVE da al contenedor su propia copia de cada nodo con el propietario que pida',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'El contenedor puede abrir una instancia MIG',
  'nv.mig_caps.none':
    'MIG está activo en {gpu} ({count, plural, one {una instancia de GPU} other {{count} instancias de GPU}}: {instances}), pero el contenedor no tiene ninguno de sus nodos de capacidad. Solo con {gpu}, CUDA no encuentra ningún dispositivo: una instancia MIG se abre mediante el nodo de acceso de su instancia de GPU y el de una de sus instancias de cómputo, `/dev/nvidia-caps/nvidia-cap<minor>` (números menores en `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'El contenedor solo tiene parte de la instancia de GPU {gi} de {gpu}; falta: {nodes}. Una instancia MIG necesita el nodo de acceso de su instancia de GPU y el de una de sus instancias de cómputo.',
  'nv.mig_caps.blocked':
    '{count, plural, one {El nodo de capacidad MIG {nodes} está enlazado, pero el cgroup de dispositivos no lo permite} other {Los nodos de capacidad MIG {nodes} están enlazados, pero el cgroup de dispositivos no los permite}}: CUDA no puede abrir ninguna instancia de {gpu}.',
  'nv.mig_caps.fix.add':
    'Pasar los nodos de acceso de la instancia de GPU {gi} y de su instancia de cómputo {ci}',
  'nv.mig_caps.fix.allow': 'Permitir los nodos de capacidad en el cgroup de dispositivos',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Todavía no hay ninguna muestra de esta GPU.',
  'collector.msg.stale': 'Ninguna muestra válida desde hace {seconds} s: estas cifras son de entonces.',
  'collector.msg.stale_why':
    'Ninguna muestra válida desde hace {seconds} s ({why}): estas cifras son de entonces.',
  'collector.msg.suspended':
    'La GPU está en suspensión en tiempo de ejecución (inactiva); no se la despierta para leerla.',
  'collector.msg.legacy_amdgpu':
    'Este kernel usa el formato fdinfo de amdgpu anterior a 5.19 (Linux 5.14–5.18, p. ej. PVE 7.2–7.4): el uso por proceso no es compatible; actualice a un kernel de PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {No se pudo leer {count} proceso (permiso denegado): ejecute el servicio como root.} other {No se pudieron leer {count} procesos (permiso denegado): ejecute el servicio como root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} proceso tiene archivos en un sistema de archivos que no responde (un montaje FUSE o NFS bloqueado); esos archivos se omiten.} other {{count} procesos tienen archivos en un sistema de archivos que no responde (un montaje FUSE o NFS bloqueado); esos archivos se omiten.}}',
  'collector.msg.nvidia_starting': 'Iniciando nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    'No se encontró {command}: este host no tiene las utilidades del controlador de NVIDIA (paquete de Debian `nvidia-smi`).',
  'collector.msg.nvidia_missing': 'No se encontró {command}.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` falló ({error}).',
  'collector.msg.nvidia_no_index_fields':
    'nvidia-smi no tiene los campos de consulta `index` y `pci.bus_id`.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} terminó ({why}); se reinicia en {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} dejó de responder; reiniciando.',
  'collector.msg.nvidia_mismatch':
    'Las versiones del controlador y de las bibliotecas de NVIDIA no coinciden: el módulo del kernel cargado difiere de las bibliotecas instaladas, normalmente tras actualizar el controlador sin reiniciar. Reinicie el host (o recargue los módulos nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'Las versiones del controlador y de las bibliotecas de NVIDIA no coinciden (NVML en espacio de usuario {nvml}, módulo del kernel cargado {module}): el módulo del kernel cargado difiere de las bibliotecas instaladas, normalmente tras actualizar el controlador sin reiniciar. Reinicie el host (o recargue los módulos nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'Las versiones del controlador y de las bibliotecas de NVIDIA no coinciden (NVML en espacio de usuario {nvml}): el módulo del kernel cargado difiere de las bibliotecas instaladas, normalmente tras actualizar el controlador sin reiniciar. Reinicie el host (o recargue los módulos nvidia).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi no encontró ninguna GPU NVIDIA en este host.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi no puede comunicarse con el controlador de NVIDIA: el módulo del kernel no está cargado.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi rechazó un campo de consulta: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi falló: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon no es compatible con esta GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon responde "Not supported on the device(s)" para estas GPU (algunas GeForce, vGPU y configuraciones MIG): el uso por proceso es desconocido; la memoria por proceso viene de `--query-compute-apps` y la GPU completa se mide como siempre.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi no muestra esta GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi no se está ejecutando para esta GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi no ha informado de esta GPU desde hace {seconds} s: las cifras son de entonces.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} no ha mostrado nada en {seconds} s; se reinicia con una espera más larga. Sin el modo de persistencia, el controlador prepara las GPU para el primer programa que las abre, lo que puede tardar decenas de segundos: ejecute `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'no existe',
  'evidence.exists': 'existe',
  'evidence.pve_default_map': 'mapa predeterminado de PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'ninguna entrada para root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} línea uid} other {{count} líneas uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} línea gid} other {{count} líneas gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (jerarquía unificada)',
  'evidence.cgroup.hybrid': 'cgroup v1 y v2 a la vez (híbrido)',
  'evidence.cgroup.unknown': 'estructura de cgroup no reconocida',
  'evidence.apparmor.enabled': 'AppArmor está activado',
  'evidence.apparmor.disabled': 'AppArmor está desactivado',
  'evidence.no_driver': 'ningún controlador asociado',
  'evidence.pci_no_driver': '{id}: ningún controlador asociado',
  'evidence.node.char': 'dispositivo de caracteres {devt}',
  'evidence.node.block': 'dispositivo de bloques {devt}',
  'evidence.node.file': 'archivo normal, no un nodo de dispositivo',
  'evidence.node.dir': 'directorio, no un nodo de dispositivo',
  'evidence.no_group_gid': 'ningún grupo tiene el gid {gid}',
  'evidence.no_group_name': 'no hay grupo {group}',
  'evidence.uvm_listed': '`nvidia_uvm` figura en la lista',
  'evidence.uvm_not_listed': '`nvidia_uvm` no figura en la lista',
  'evidence.no_cgroups_unset': '`no-cgroups` no está definido',
  'evidence.docker_dir': 'el directorio de datos de Docker existe',
  'evidence.no_vaapi_driver': 'ningún controlador VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'permiso denegado',
  'evidence.read.not_regular': 'no es un archivo normal',
  'evidence.read.not_directory': 'no es un directorio',
  'evidence.read.symlink': 'enlace simbólico, no seguido',
  'evidence.read.error': 'error de lectura',
  'evidence.read.timeout': 'sin respuesta dentro del plazo',
  'evidence.read.truncated': 'mayor que el límite de tamaño, leído en parte',
  'evidence.unreadable': 'no se pudo leer',
  'evidence.module_not_loaded': 'módulo no cargado',
  'evidence.privileged_config': 'ni `unprivileged: 1` ni `lxc.idmap`',
  'evidence.hook.not_executable': 'no es ejecutable',
  'evidence.hook.too_big': 'mayor que el límite de tamaño, no leído',
  'evidence.hook.storage': 'su almacenamiento no es de tipo directorio: no se puede localizar el archivo',
  'evidence.unprivileged_ct': 'contenedor sin privilegios',
  'evidence.privileged_ct': 'contenedor privilegiado',
  'evidence.nvidia_nodes_passed': 'se pasan nodos de dispositivo NVIDIA',
  'evidence.no_caps_major': 'ninguna línea `nvidia-caps`',
} satisfies Record<string, string>;
