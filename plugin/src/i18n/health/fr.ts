// SPDX-License-Identifier: AGPL-3.0-or-later
// Français : the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
// Terms as in ../fr.ts (PVE's fr.po): conteneur, nœud, hôte, périphérique, pilote.
export default {
  'cgroup.v1_key.title': 'Aucune clé cgroup v1',
  'cgroup.not_allowed.title': 'Le cgroup des périphériques autorise chaque nœud monté',
  'cgroup.stale_major.title': 'Les numéros majeurs autorisés correspondent aux périphériques actuels',
  'cgroup.allow_all.title': 'Aucune règle autorisant tous les périphériques',
  'cgroup.redundant.title': 'Aucune règle d’autorisation pour des nœuds non montés',
  'ct.config_syntax.title': 'Chaque ligne de configuration est lisible',
  'ct.pending.title': 'Changements en attente',
  'ct.node_check.title': 'Les nœuds dans le conteneur sont les périphériques de l’hôte',
  'ct.service_user_groups.title': 'Les utilisateurs de service peuvent ouvrir le GPU',
  'ct.group_collision.title': 'Un seul groupe render et un seul groupe video',
  'ct.vaapi_driver.title': 'Un pilote VA-API pour le GPU est installé',
  'dev.path_missing.title': 'Les chemins de périphériques transmis existent sur l’hôte',
  'dev.not_device.title': 'Les chemins transmis sont des nœuds de périphérique',
  'dev.node_renamed.title': 'Noms stables des nœuds GPU',
  'dev.bypath.title': 'Les nœuds by-path apparaissent sous leur nom by-path',
  'dev.gid_default.title': 'Les entrées GPU devN définissent un groupe',
  'dev.gid_wrong_group.title': 'Le groupe de devN est le groupe render/video du conteneur',
  'dev.id_unmapped.title': 'Les uid/gid de devN sont mappés',
  'dev.nvidia_mode.title': 'Les nœuds NVIDIA sont utilisables par les services du conteneur',
  'dev.kfd_gid.title': '/dev/kfd appartient au groupe render',
  'dev.conflict.title': 'Aucun nœud n’est transmis deux fois',
  'dev.render_numbering.title': 'renderD128 est présent pour la détection par défaut',
  'dev.vendor.title': 'À quel GPU appartient chaque nœud transmis',
  'host.gpu_inventory.title': 'GPU de l’hôte et leurs nœuds',
  'host.no_drm_node.title': 'Chaque GPU de l’hôte a un pilote et des nœuds',
  'host.world_rw_nodes.title': 'Les nœuds GPU ne sont pas accessibles en écriture à tous sur l’hôte',
  'host.prestart_chown.title': 'Les hooks ne changent pas le propriétaire des nœuds de l’hôte',
  'idmap.syntax.title': 'Les lignes lxc.idmap sont valides',
  'idmap.deprecated_key.title': 'Nom de la clé lxc.idmap',
  'idmap.type_missing.title': 'La correspondance personnalisée a des lignes uid et gid',
  'idmap.root_unmapped.title': 'Le root du conteneur est mappé',
  'idmap.overlap.title': 'Aucun ID n’est mappé deux fois',
  'idmap.gap.title': 'Chaque ID 0–65535 du conteneur est mappé',
  'idmap.host_root.title': 'Le root de l’hôte n’est pas mappé dans le conteneur',
  'idmap.passthrough_ids.title': 'ID de l’hôte partagés avec le conteneur',
  'idmap.too_many_ranges.title': 'Au plus 340 plages par type d’ID',
  'mon.pmu_in_ct.title': 'Pourquoi les outils de surveillance GPU (intel_gpu_top) échouent dans ce conteneur',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid n’est pas abaissé',
  'mon.nvml_pids.title': 'nvidia-smi n’affiche aucun processus dans le conteneur',
  'mon.ineffective_workarounds.title': 'Réglages qui n’aident pas l’accès au PMU',
  'mount.optional_missing.title': 'Les sources de montage optionnelles existent',
  'mount.no_create.title': 'Les montages dans /dev créent leur cible',
  'mount.create_kind.title': 'create= correspond à la source',
  'mount.bad_path.title': 'Les sources et cibles de montage sont bien formées',
  'mount.duplicate.title': 'Aucune cible partagée par deux montages',
  'mount.unmapped_owner.title': 'Les nœuds montés sont utilisables dans le conteneur',
  'mount.cosmetic.title': 'Les lignes de montage se terminent proprement',
  'mount.dri_dir.title': 'Seuls les nœuds DRM nécessaires sont montés',
  'nv.module.title': 'Le module noyau NVIDIA est chargé',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm existe à chaque démarrage',
  'nv.node_set.title': 'L’ensemble des nœuds NVIDIA est complet',
  'nv.version_mismatch.title': 'Les bibliothèques NVIDIA du conteneur correspondent au pilote de l’hôte',
  'nv.kernel_pkgs_in_ct.title': 'Aucun paquet noyau NVIDIA dans le conteneur',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit fonctionne dans un CT non privilégié',
  'sec.privileged_gpu.title': 'Les conteneurs GPU sont non privilégiés',
  'sec.apparmor_unconfined.title': 'Le confinement AppArmor est actif',
  'sec.seccomp_off.title': 'Le filtre d’appels système est intact',
  'sec.cap_drop_empty.title': 'Les retraits de capacités de LXC sont conservés',
  'sec.cap_keep.title': 'Aucun lxc.cap.keep',
  'sec.system_dir_bind.title': 'Aucun répertoire système de l’hôte dans le conteneur',
  'sec.proc_sys_rw.title': '/proc et /sys ne sont pas accessibles en écriture',
  'sec.host_binary_bind.title': 'Aucun binaire ni bibliothèque de l’hôte monté',
  'subid.not_allowed.title': '/etc/subuid et /etc/subgid autorisent la correspondance',
  'subid.typo_file.title': 'Aucun fichier d’ID subordonnés mal orthographié',
  'subid.nss.title': 'Les ID subordonnés proviennent des fichiers',
  'intel.huc.title': 'Le firmware HuC est chargé (encodage basse consommation)',
  'intel.sriov_vf.title': 'Fonctions virtuelles SR-IOV',
  'amd.kfd.title': 'ROCm dispose de /dev/kfd',
  'fix.remove_line': 'Supprimer la ligne',
  'fix.optional_cleanup': 'Nettoyage facultatif',
  'fix.restart': 'Redémarrer le conteneur pour appliquer la configuration',
  'cgroup.v1_key.no_effect':
    '`{line}` est une clé cgroup v1. Cet hôte utilise cgroup v2 (PVE 7 et plus récent ; PVE 9 n’a plus du tout de v1), donc la ligne est sans effet. PVE journalise `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` est une clé cgroup v1. Cet hôte utilise cgroup v2 (PVE 7 et plus récent ; PVE 9 n’a plus du tout de v1), donc la ligne est sans effet et ces périphériques restent bloqués (`Operation not permitted`). PVE journalise `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` est une clé cgroup v1. Cet hôte utilise cgroup v2 (PVE 7 et plus récent ; PVE 9 n’a plus du tout de v1), donc la ligne est sans effet. PVE journalise `{key} is deprecated, this will be a hard error in the future!`. Réécrite en lxc.cgroup2.devices.allow, elle autoriserait tous les périphériques (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename':
    'Renommez-la avec la clé cgroup2, ou mieux, remplacez les entrées brutes par devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} est monté mais le cgroup des périphériques ne l’autorise pas. Le fichier est visible dans le conteneur, mais chaque open() renvoie `Operation not permitted`.} other {{nodes} sont montés mais le cgroup des périphériques ne les autorise pas. Les fichiers sont visibles dans le conteneur, mais chaque open() renvoie `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} est visible via le montage d’un répertoire mais le cgroup des périphériques ne l’autorise pas : open() renvoie `Operation not permitted`. Inutile pour VA-API ou le calcul.} other {{nodes} sont visibles via le montage d’un répertoire mais le cgroup des périphériques ne les autorise pas : open() renvoie `Operation not permitted`. Inutiles pour VA-API ou le calcul.}}',
  'cgroup.not_allowed.fix': 'Autorisez les nœuds, ou utilisez devN qui génère les règles à chaque démarrage',
  'cgroup.stale_major.since_start':
    '`{path}` est maintenant {devt}, mais le conteneur a été démarré avec des règles de périphériques pour {started} (/var/lib/lxc/{vmid}/config). Le pilote a été rechargé ou renuméroté depuis le démarrage : le nœud est bloqué dans le conteneur en cours d’exécution.',
  'cgroup.stale_major.fix.restart':
    'Redémarrez le conteneur : PVE régénère les règles à partir des nœuds actuels',
  'cgroup.stale_major':
    'La configuration autorise le numéro majeur {major}, qu’aucun périphérique actuel n’utilise, alors que `{path}` est maintenant {devt}. Les numéros majeurs dynamiques (nvidia-uvm, nvidia-caps, kfd) changent après les mises à jour du pilote.',
  'cgroup.stale_major.named':
    'La configuration autorise le numéro majeur {major}, qu’aucun périphérique actuel n’utilise, alors que `{path}` est maintenant {devt} ({driver} dans /proc/devices). Les numéros majeurs dynamiques (nvidia-uvm, nvidia-caps, kfd) changent après les mises à jour du pilote.',
  'cgroup.stale_major.fix':
    'Mettez à jour le numéro, ou passez à devN (les règles sont régénérées à partir de stat() à chaque démarrage)',
  'cgroup.allow_all':
    'Le conteneur peut lire et écrire tout nœud de périphérique qu’il peut créer ou atteindre, y compris les périphériques bloc.',
  'cgroup.allow_all.privileged':
    'Le conteneur peut lire et écrire tout nœud de périphérique qu’il peut créer ou atteindre, y compris les périphériques bloc. Dans un conteneur privilégié, cela donne accès aux disques de l’hôte.',
  'cgroup.allow_all.fix': 'Supprimez-la ; autorisez les nœuds GPU précis (ou utilisez devN)',
  'cgroup.redundant.by_devn': '`c {devt}` est déjà autorisé par PVE pour `{key}`.',
  'cgroup.redundant': '`c {devt}` est autorisé mais aucun nœud monté n’a ce numéro.',
  'ct.config_syntax.fix': 'Corrigez ou supprimez la ligne',
  'ct.config_syntax.fix.dev':
    'Écrivez-la sous la forme dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE prend en charge dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Renumérotez les entrées',
  'ct.pending.idmap':
    'Le conteneur tourne avec la correspondance d’ID reçue à son dernier démarrage ({started}) ; la configuration indique maintenant {now}. La nouvelle correspondance s’applique après un redémarrage.',
  'ct.pending.idmap_removed':
    'Le conteneur tourne avec la correspondance d’ID reçue à son dernier démarrage ({started}) ; la configuration n’a maintenant plus de correspondance. La nouvelle correspondance s’applique après un redémarrage.',
  'ct.pending':
    'Ces changements sont en attente et s’appliquent au prochain démarrage du conteneur ; les vérifications ci-dessus décrivent la configuration active : {changes}.',
  'ct.config_syntax.delete':
    'Ligne {line} : `delete` n’est autorisé que dans [pve:pending] ; PVE l’ignore ici.',
  'ct.config_syntax.empty_option':
    'Ligne {line} : l’option `{key}` n’a pas de valeur ; PVE journalise `unable to parse config` et ignore la ligne.',
  'ct.config_syntax.unparsable':
    'Ligne {line} : PVE ne peut pas analyser cette ligne (`unable to parse config`) et l’ignore.',
  'ct.config_syntax.dev.not_number': '`{key}` : `{option}` n’est pas un nombre. PVE refuse l’entrée.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}` : `{option}` n’est pas un mode octal comme 0660. PVE refuse l’entrée.',
  'ct.config_syntax.dev.unknown_option': '`{key}` : option inconnue `{option}`. PVE refuse l’entrée.',
  'ct.config_syntax.dev.no_path': '`{key}` n’indique aucun chemin de périphérique. PVE refuse l’entrée.',
  'ct.config_syntax.dev.not_dev': '`{key}` : `{path}` n’est pas sous /dev/. PVE refuse l’entrée.',
  'ct.config_syntax.dev.dot_path':
    '`{key}` : `{path}` contient des composants /. ou /.. ; PVE refuse l’entrée.',
  'ct.node_check.missing': '`{path}` n’existe pas dans le conteneur (voir {see}).',
  'ct.node_check.placeholder':
    '`{path}` dans le conteneur est un fichier ordinaire (fictif) — le montage n’a pas eu lieu (voir {see}).',
  'ct.node_check.not_device':
    '`{path}` dans le conteneur n’est pas un nœud de périphérique — le montage n’a pas eu lieu (voir {see}).',
  'ct.node_check.stale':
    '`{path}` dans le conteneur est {devt}, le nœud de l’hôte est {hostDevt} — un nœud périmé datant d’avant un rechargement du pilote (voir {see}). Redémarrez le conteneur.',
  'ct.node_check.fix': 'Redémarrez le conteneur après avoir corrigé la vérification indiquée',
  'ct.service_user_groups':
    'L’utilisateur `{user}` ne peut pas ouvrir `{path}` : il appartient au gid {gid}, mode {mode}, et {user} est membre de {groups}.',
  'ct.service_user_groups.no_groups':
    'L’utilisateur `{user}` ne peut pas ouvrir `{path}` : il appartient au gid {gid}, mode {mode}, et {user} n’est membre d’aucun groupe supplémentaire.',
  'ct.service_user_groups.fix.add_user':
    'Ajoutez {user} à {group} dans le conteneur et redémarrez le service',
  'ct.service_user_groups.fix.devn_gid':
    'Attribuez au nœud le groupe render du conteneur ({see}), puis redémarrez le conteneur',
  'ct.service_user_groups.fix.node_group':
    'Attribuez au nœud le groupe render du conteneur (voir dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'Le conteneur a {count} groupes `{group}` ({gids}) ; les outils résolvent le nom vers l’un d’eux.',
  'ct.group_collision.fix': 'Supprimez le doublon ; gardez le gid auquel appartient le nœud',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 force l’ancien pilote ; il ne prend en charge que les GPU antérieurs à Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Supprimez LIBVA_DRIVER_NAME ou définissez-le à iHD',
  'ct.vaapi_driver.only_i965':
    'Le conteneur n’a que l’ancien pilote VA-API i965. Pour les GPU Intel Gen9 et plus récents, installez intel-media-va-driver-non-free (Debian : activez non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'Le conteneur n’a que l’ancien pilote VA-API i965. Pour les GPU Intel Gen9 et plus récents, installez intel-media-va-driver-non-free (Debian : activez non-free). Le conteneur ne peut pas encore ouvrir le nœud de rendu (voir ci-dessus) ; corrigez d’abord l’accès, puis revérifiez le pilote (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'Aucun pilote VA-API Intel (iHD_drv_video.so) n’a été trouvé dans le conteneur. Pour les GPU Intel Gen9 et plus récents, installez intel-media-va-driver-non-free (Debian : activez non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'Aucun pilote VA-API Intel (iHD_drv_video.so) n’a été trouvé dans le conteneur. Pour les GPU Intel Gen9 et plus récents, installez intel-media-va-driver-non-free (Debian : activez non-free). Le conteneur ne peut pas encore ouvrir le nœud de rendu (voir ci-dessus) ; corrigez d’abord l’accès, puis revérifiez le pilote (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Installez le pilote média dans le conteneur',
  'ct.vaapi_driver.no_radeonsi':
    'Aucun radeonsi_drv_video.so (mesa-va-drivers) n’a été trouvé dans le conteneur.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'Aucun radeonsi_drv_video.so (mesa-va-drivers) n’a été trouvé dans le conteneur. Le conteneur ne peut pas encore ouvrir le nœud de rendu (voir ci-dessus) ; corrigez d’abord l’accès, puis revérifiez le pilote (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Installez mesa-va-drivers dans le conteneur',
  'dev.path_missing':
    '`{entry}` n’existe pas sur l’hôte ; `pct start` s’interrompt avec `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` n’existe pas sur l’hôte ; `pct start` s’interrompt avec `Device {path} does not exist`. L’hôte a {others} à la place : la numérotation DRM peut changer d’un démarrage ou d’un noyau à l’autre (voir dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` n’existe pas sur l’hôte ; `pct start` s’interrompt avec `Device {path} does not exist`. /dev/nvidia-uvm n’existe qu’une fois le module nvidia_uvm chargé et son nœud créé (voir nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` n’existe pas sur l’hôte ; `pct start` s’interrompt avec `Device {path} does not exist`. Le module noyau NVIDIA n’est probablement pas chargé (voir nv.module).',
  'dev.path_missing.fix.repoint':
    'Faites pointer l’entrée vers le nœud existant, de préférence par son nom stable by-path',
  'dev.path_missing.fix.create':
    'Faites en sorte que le périphérique existe sur l’hôte avant le démarrage du conteneur, ou supprimez l’entrée',
  'dev.not_device.file':
    '`{path}` sur l’hôte est un fichier ordinaire, pas un périphérique (PVE : `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` sur l’hôte est un répertoire, pas un périphérique (PVE : `{path} is not a device`).',
  'dev.not_device.fix':
    'Supprimez le fichier et laissez udev recréer le nœud ; consultez ensuite dev.conflict pour savoir comment il est arrivé là',
  'dev.node_renamed.gone':
    '`{path}` a disparu et l’hôte a maintenant {others} : le GPU a probablement été renuméroté. Depuis le noyau 5.14, le framebuffer de démarrage simpledrm prend souvent card0 en premier, et les numéros peuvent changer entre les démarrages et les mises à jour du noyau.',
  'dev.node_renamed':
    'La configuration désigne `{path}` par son numéro. Il correspond à l’hôte aujourd’hui, mais la numérotation DRM peut changer (simpledrm prenant card0, mises à jour du noyau, un second GPU). VA-API, QSV et NVENC n’ont besoin que du nœud de rendu.',
  'dev.node_renamed.fix.bypath': 'Utilisez le nom stable by-path (ou supprimez complètement le nœud card)',
  'dev.node_renamed.fix.drop':
    'Supprimez le nœud card (le nœud de rendu suffit), ou utilisez les noms /dev/dri/by-path',
  'dev.bypath':
    'PVE crée le nœud dans le conteneur au chemin configuré `{path}`, pas à `{node}` (le hook autodev monte sur /dev/<chemin configuré>). Les applications qui cherchent /dev/dri/renderD128 ne le trouveront pas.',
  'dev.bypath.fix':
    'Indiquez le nœud by-path à l’application (Jellyfin « VA-API Device », ffmpeg -vaapi_device, LIBVA_DRM_DEVICE si pris en charge), ou ajoutez un lien symbolique dans le conteneur au démarrage',
  'dev.gid_default':
    '`{path}` sera `root:root 0660` dans le conteneur : seul le root du conteneur peut l’utiliser ; les services qui tournent sous leur propre utilisateur (jellyfin, plex, immich, frigate, ollama) obtiennent `Permission denied`.',
  'dev.gid_default.fix':
    'Attribuez au nœud le groupe {group} du conteneur (valeur lue dans le /etc/group du conteneur quand il tourne)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` utilise le gid {gid}, le gid render de l’HÔTE. Le gid de devN est un gid du conteneur : ce doit être le groupe render à l’intérieur du conteneur, qui diffère souvent (Debian 12 : 105, Ubuntu 24.04 : 993). Démarrez le conteneur pour que cette vérification puisse lire son /etc/group.',
  'dev.gid_wrong_group.fix.lookup': 'Cherchez le gid dans le conteneur et utilisez celui-ci',
  'dev.gid_wrong_group.render':
    '`{key}` définit le gid {gid}, qui est `{group}` dans ce conteneur ({os}) ; son groupe `render` est {want}. Le nœud de rendu appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` définit le gid {gid}, qui ne correspond à aucun groupe dans ce conteneur ({os}) ; son groupe `render` est {want}. Le nœud de rendu appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` définit le gid {gid}, qui est `{group}` dans ce conteneur ({os}) ; celui-ci n’a pas de groupe `render`. Le nœud de rendu appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` définit le gid {gid}, qui ne correspond à aucun groupe dans ce conteneur ({os}) ; celui-ci n’a pas de groupe `render`. Le nœud de rendu appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.card':
    '`{key}` définit le gid {gid}, qui est `{group}` dans ce conteneur ({os}) ; son groupe `video` est {want}. Le nœud card appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` définit le gid {gid}, qui ne correspond à aucun groupe dans ce conteneur ({os}) ; son groupe `video` est {want}. Le nœud card appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` définit le gid {gid}, qui est `{group}` dans ce conteneur ({os}) ; celui-ci n’a ni groupe `video` ni groupe `render`. Le nœud card appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` définit le gid {gid}, qui ne correspond à aucun groupe dans ce conteneur ({os}) ; celui-ci n’a ni groupe `video` ni groupe `render`. Le nœud card appartient donc au mauvais groupe. (Le gid de devN est un gid du conteneur ; le gid render de l’hôte ne compte pas ici.)',
  'dev.gid_wrong_group.fix.create_group':
    'Créez d’abord le groupe {group} dans le conteneur (par ex. en installant les paquets GPU en espace utilisateur), puis indiquez son gid ici',
  'dev.gid_wrong_group.fix': 'Définissez {key} au gid {group} du conteneur et redémarrez le conteneur',
  'dev.id_unmapped.gid':
    '`gid={id}` n’est pas mappé par le lxc.idmap de ce conteneur, donc PVE attribue le nœud au gid {id} de l’hôte et le conteneur voit `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` n’est pas mappé par le lxc.idmap de ce conteneur, donc PVE attribue le nœud à l’uid {id} de l’hôte et le conteneur voit `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Utilisez un gid mappé (le groupe render du conteneur) ou corrigez la correspondance (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Utilisez un uid mappé ou corrigez la correspondance (idmap.gap)',
  'dev.nvidia_mode':
    'Sur l’hôte, les nœuds NVIDIA sont en 0666 ; via devN, ils deviennent `0660 root:{group}` dans le conteneur, donc les services qui ne sont pas dans ce groupe (ollama, jellyfin, immich…) ne peuvent pas les ouvrir.',
  'dev.nvidia_mode.users':
    'Sur l’hôte, les nœuds NVIDIA sont en 0666 ; via devN, ils deviennent `0660 root:{group}` dans le conteneur, donc les services qui ne sont pas dans ce groupe ({users}) ne peuvent pas les ouvrir.',
  'dev.nvidia_mode.fix':
    'Ajoutez mode=0666 aux entrées devN NVIDIA (la même exposition que sur l’hôte ; le pilote applique ses propres contrôles), ou ajoutez les utilisateurs de service au groupe',
  'dev.kfd_gid':
    'ROCm s’attend à ce que /dev/kfd soit accessible via le groupe render ; ici, il appartient au groupe {gid}. rocminfo/ollama signalent `Unable to open /dev/kfd read-write: Permission denied` pour les utilisateurs qui sont seulement dans render.',
  'dev.kfd_gid.fix': 'Attribuez à /dev/kfd le gid render du conteneur',
  'dev.conflict.twice':
    '`{first}` et `{second}` transmettent tous deux `{path}` ; le second mknod du hook autodev tombe sur un fichier existant et le démarrage échoue (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Gardez une seule entrée',
  'dev.conflict.mount':
    '`{entry}` et une `lxc.mount.entry` sur `{target}` : LXC exécute les entrées de montage avant le hook autodev, dont le mknod tombe alors sur un fichier existant (`Could not mknod …: File exists`), et le démarrage échoue avec `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` et une `lxc.mount.entry` sur `{target}` : LXC exécute les entrées de montage avant le hook autodev, dont le mknod tombe alors sur un fichier existant (`Could not mknod …: File exists`), et le démarrage échoue avec `Script exited with status 17`. Avec le montage d’un répertoire entier, le hook écrit même dans le vrai répertoire de l’hôte.',
  'dev.conflict.fix.remove_bind':
    'Utilisez soit devN, soit des entrées brutes pour un nœud, jamais les deux ; supprimez le montage brut',
  'dev.render_numbering':
    '{count, plural, one {Seul {nodes} est présent dans le conteneur. La détection par défaut de libva commence à renderD128 (intel/libva#540), donc vainfo/ffmpeg sans périphérique explicite peuvent échouer.} other {Seuls {nodes} sont présents dans le conteneur. La détection par défaut de libva commence à renderD128 (intel/libva#540), donc vainfo/ffmpeg sans périphérique explicite peuvent échouer.}}',
  'dev.render_numbering.fix':
    'Configurez le chemin du périphérique dans l’application (par ex. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'Le conteneur reçoit /dev/kfd (AMD ROCm), mais un nœud de rendu d’un autre fabricant. {nodes}.',
  'dev.vendor.fix': 'Transmettez le nœud de rendu du GPU voulu par son nom by-path',
  'host.gpu_inventory':
    '{gpus}. Groupes de l’hôte : render {render}, video {video} (le gid render de l’hôte diffère selon les versions de PVE — 104 sous PVE 7/8, 993 signalé sous PVE 9 — d’où les guides contradictoires ; pour devN, seul le gid du conteneur compte).',
  'host.gpu_inventory.used':
    '{gpus}. Groupes de l’hôte : render {render}, video {video} (le gid render de l’hôte diffère selon les versions de PVE — 104 sous PVE 7/8, 993 signalé sous PVE 9 — d’où les guides contradictoires ; pour devN, seul le gid du conteneur compte). Ce conteneur utilise {used}.',
  'host.gpu_inventory.no_drm':
    'Aucun périphérique DRM trouvé. Groupes de l’hôte : render {render}, video {video} (le gid render de l’hôte diffère selon les versions de PVE — 104 sous PVE 7/8, 993 signalé sous PVE 9 — d’où les guides contradictoires ; pour devN, seul le gid du conteneur compte).',
  'host.gpu_inventory.no_drm.used':
    'Aucun périphérique DRM trouvé. Groupes de l’hôte : render {render}, video {video} (le gid render de l’hôte diffère selon les versions de PVE — 104 sous PVE 7/8, 993 signalé sous PVE 9 — d’où les guides contradictoires ; pour devN, seul le gid du conteneur compte). Ce conteneur utilise {used}.',
  'host.no_drm_node.vfio':
    'Le GPU {pci} ({vendor}) est lié à vfio-pci (transmission à une VM), donc l’hôte n’a aucun nœud /dev/dri à partager avec les conteneurs. Un GPU peut être attribué aux VM ou aux conteneurs, pas aux deux.',
  'host.no_drm_node':
    'Le GPU {pci} ({vendor}) n’a aucun pilote fonctionnel sur l’hôte, donc il n’y a aucun nœud de périphérique à transmettre.',
  'host.no_drm_node.fix.vfio':
    'Supprimez la liaison vfio-pci ids= / l’utilisation de hostpciN, reconstruisez l’initramfs et redémarrez',
  'host.no_drm_node.fix': 'Installez et chargez le pilote de l’hôte pour ce GPU',
  'host.world_rw_nodes':
    '`{path}` est en {mode} sur l’hôte. Chaque utilisateur de l’hôte et chaque conteneur qui voit le nœud peut utiliser le GPU.',
  'host.world_rw_nodes.card':
    '`{path}` est en {mode} sur l’hôte. Chaque utilisateur de l’hôte et chaque conteneur qui voit le nœud peut utiliser le GPU ; un nœud card accessible en écriture à tous permet aussi de contrôler l’affichage/KMS.',
  'host.world_rw_nodes.fix':
    'Supprimez la règle qui élargit le mode et donnez le nœud aux conteneurs via devN avec leur propre gid',
  'host.world_rw_nodes.rule': 'Une règle udev rend les nœuds GPU accessibles en écriture à tous sur l’hôte.',
  'host.world_rw_nodes.fix.rule':
    'Supprimez la règle ; transmettez plutôt les nœuds avec devN et le gid du conteneur',
  'host.prestart_chown':
    'Ce hook modifie le propriétaire ou le mode des nœuds de périphérique de l’HÔTE à chaque démarrage du conteneur (`{hook}`). Les membres render/video de l’hôte et tous les autres conteneurs perdent l’accès jusqu’à ce qu’udev le rétablisse.',
  'host.prestart_chown.fix':
    'Supprimez les hooks et utilisez devN : PVE crée une copie privée du nœud avec le propriétaire demandé au lieu de modifier le nœud de l’hôte',
  'idmap.syntax':
    '`{line}` n’est pas valide. LXC ne comprend que `u` (utilisateurs) et `g` (groupes) suivis de trois nombres, le dernier (le nombre d’ID) supérieur à 0 ; PVE journalise `failed to parse idmap` et le conteneur ne démarrera pas.',
  'idmap.syntax.fix': 'Écrivez une ligne u et une ligne g par plage (ici : les plages par défaut)',
  'idmap.deprecated_key':
    '`lxc.id_map` est le nom antérieur à LXC 3.0 ; PVE le renomme avec un avertissement à chaque démarrage.',
  'idmap.deprecated_key.fix': 'Renommez la clé en lxc.idmap',
  'idmap.type_missing.uid':
    'Ce conteneur a des correspondances de gid personnalisées mais aucune correspondance d’uid. Dès qu’une ligne `lxc.idmap` existe, PVE cesse d’ajouter ses valeurs par défaut pour les deux types, donc les uid n’ont aucune correspondance.',
  'idmap.type_missing.gid':
    'Ce conteneur a des correspondances d’uid personnalisées mais aucune correspondance de gid. Dès qu’une ligne `lxc.idmap` existe, PVE cesse d’ajouter ses valeurs par défaut pour les deux types, donc les gid n’ont aucune correspondance.',
  'idmap.type_missing.fix.uid': 'Ajoutez la valeur par défaut complète pour les uid',
  'idmap.type_missing.fix.gid': 'Ajoutez la valeur par défaut complète pour les gid',
  'idmap.root_unmapped.uid':
    'Le root du conteneur (uid 0) n’est pas mappé ; LXC ne peut pas mettre en place le conteneur (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'Le root du conteneur (gid 0) n’est pas mappé ; LXC ne peut pas mettre en place le conteneur (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Commencez la correspondance des uid à 0',
  'idmap.root_unmapped.fix.gid': 'Commencez la correspondance des gid à 0',
  'idmap.overlap.ct_uid':
    "Deux lignes lxc.idmap mappent le même uid de conteneur {range} (`{first}` et `{second}`). PVE avertit `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'` ; le noyau rejette les correspondances qui se chevauchent (`newuidmap: write to uid_map failed: Invalid argument`) et le conteneur ne démarre pas.",
  'idmap.overlap.ct_gid':
    "Deux lignes lxc.idmap mappent le même gid de conteneur {range} (`{first}` et `{second}`). PVE avertit `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'` ; le noyau rejette les correspondances qui se chevauchent (`newgidmap: write to gid_map failed: Invalid argument`) et le conteneur ne démarre pas.",
  'idmap.overlap.host_uid':
    "Deux lignes lxc.idmap mappent le même uid de l’hôte {range} (`{first}` et `{second}`). PVE avertit `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'` ; le noyau rejette les correspondances qui se chevauchent (`newuidmap: write to uid_map failed: Invalid argument`) et le conteneur ne démarre pas.",
  'idmap.overlap.host_gid':
    "Deux lignes lxc.idmap mappent le même gid de l’hôte {range} (`{first}` et `{second}`). PVE avertit `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'` ; le noyau rejette les correspondances qui se chevauchent (`newgidmap: write to gid_map failed: Invalid argument`) et le conteneur ne démarre pas.",
  'idmap.overlap.fix.uid':
    'Scindez la grande plage autour de l’exception ; le bloc uid complet, prêt à coller',
  'idmap.overlap.fix.gid':
    'Scindez la grande plage autour de l’exception ; le bloc gid complet, prêt à coller',
  'idmap.gap.uid':
    '{count, plural, one {L’uid {ids} du conteneur n’est pas mappé.} other {Les uid {ids} du conteneur ne sont pas mappés.}} Les fichiers ayant ces ID apparaissent comme `nobody`, et `chown` vers eux échoue avec `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Le gid {ids} du conteneur n’est pas mappé.} other {Les gid {ids} du conteneur ne sont pas mappés.}} Les fichiers ayant ces ID apparaissent comme `nogroup`, et `chgrp` vers eux échoue avec `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {L’uid {ids} du conteneur n’est pas mappé.} other {Les uid {ids} du conteneur ne sont pas mappés.}} Les fichiers ayant ces ID apparaissent comme `nobody`, et `chown` vers eux échoue avec `Invalid argument`. Probablement une erreur de décalage d’une unité là où une ligne se termine et la suivante commence : {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Le gid {ids} du conteneur n’est pas mappé.} other {Les gid {ids} du conteneur ne sont pas mappés.}} Les fichiers ayant ces ID apparaissent comme `nogroup`, et `chgrp` vers eux échoue avec `Invalid argument`. Probablement une erreur de décalage d’une unité là où une ligne se termine et la suivante commence : {hints}.',
  'idmap.gap.fix.uid': 'Étendez les plages voisines ; le bloc uid complet sans trous, prêt à coller',
  'idmap.gap.fix.gid': 'Étendez les plages voisines ; le bloc gid complet sans trous, prêt à coller',
  'idmap.host_root.uid':
    '`{line}` donne au conteneur l’utilisateur root de l’hôte. Tout ce qui tourne sous cet ID dans le conteneur est root sur l’hôte ; LXC saute même la vérification de /etc/subuid pour de telles correspondances.',
  'idmap.host_root.gid':
    '`{line}` donne au conteneur le groupe root de l’hôte. Tout ce qui tourne sous cet ID dans le conteneur est root sur l’hôte ; LXC saute même la vérification de /etc/subgid pour de telles correspondances.',
  'idmap.host_root.fix': 'Ne mappez jamais l’ID 0 de l’hôte ; transmettez plutôt les périphériques avec devN',
  'idmap.passthrough_ids':
    'ID de l’hôte transmis au conteneur : {ids}. Le conteneur peut ouvrir tout objet de l’hôte appartenant à ces ID, et les fichiers qu’il crée avec eux appartiennent à ces ID de l’hôte.',
  'idmap.passthrough_ids.sensitive':
    'ID de l’hôte transmis au conteneur : {ids}. Le conteneur peut ouvrir tout objet de l’hôte appartenant à ces ID, et les fichiers qu’il crée avec eux appartiennent à ces ID de l’hôte. Au moins l’un d’eux est un groupe privilégié de l’hôte.',
  'idmap.passthrough_ids.fix':
    'Pour l’accès au GPU, préférez devN avec le gid propre au conteneur : aucun ID de l’hôte n’a besoin d’être partagé (ne gardez des correspondances 1:1 que pour les données montées)',
  'idmap.too_many_ranges.uid':
    '{count} plages d’uid : le noyau accepte au plus 340 plages par correspondance.',
  'idmap.too_many_ranges.gid':
    '{count} plages de gid : le noyau accepte au plus 340 plages par correspondance.',
  'idmap.too_many_ranges.fix': 'Fusionnez les plages adjacentes',
  'mon.pmu_in_ct.title.nvidia': 'Surveillance du GPU dans ce conteneur',
  'mon.pmu_in_ct.nvidia':
    'Les outils NVIDIA (nvidia-smi, nvtop) utilisent NVML, pas le PMU perf, et fonctionnent dans le conteneur une fois la version des bibliothèques en accord — mais ils n’y listent aucun processus (mon.nvml_pids). Il n’est nécessaire ni d’abaisser kernel.perf_event_paranoid ni d’utiliser un conteneur privilégié, ce qui affaiblirait tout l’hôte. Cet onglet GPU affiche l’utilisation du conteneur par processus, lue sur l’hôte et attribuée par cgroup.',
  'mon.pmu_in_ct.privileged':
    'Ce conteneur est privilégié, donc {tool} y fonctionne — parce que son root est le root de l’hôte. {tool} lit le PMU du GPU via perf_event_open() sous forme d’événement à l’échelle du CPU. Le noyau ne l’autorise qu’aux détenteurs de CAP_PERFMON (ou CAP_SYS_ADMIN) dans l’espace de noms utilisateur initial de l’hôte tant que kernel.perf_event_paranoid est supérieur à 0 (ici {paranoid}). Le root d’un conteneur non privilégié n’a ses capacités que dans son propre espace de noms utilisateur, donc l’appel échoue avec `Failed to initialize PMU! (Permission denied)` — et aucun changement de setcap, lxc.cap.keep, AppArmor ou seccomp n’y peut rien. Les deux « solutions » trouvées en ligne affaiblissent tout l’hôte : abaisser kernel.perf_event_paranoid ouvre les compteurs de performance de tout le système à chaque processus de l’hôte et de chaque conteneur, et rendre le conteneur privilégié fait de son root le root de l’hôte. Cet onglet GPU affiche les mêmes chiffres par moteur pour ce conteneur sans l’un ni l’autre : il les lit sur l’hôte dans /proc/<pid>/fdinfo et sysfs et les attribue par cgroup. Dans le conteneur, les outils basés sur fdinfo (nvtop, amdgpu_top) fonctionnent aussi pour ses propres processus.',
  'mon.pmu_in_ct.lowered':
    '{tool} ne fonctionne peut-être dans ce conteneur que parce que kernel.perf_event_paranoid vaut {paranoid} sur l’hôte (mon.paranoid_lowered). {tool} lit le PMU du GPU via perf_event_open() sous forme d’événement à l’échelle du CPU. Le noyau ne l’autorise qu’aux détenteurs de CAP_PERFMON (ou CAP_SYS_ADMIN) dans l’espace de noms utilisateur initial de l’hôte tant que kernel.perf_event_paranoid est supérieur à 0 (ici {paranoid}). Le root d’un conteneur non privilégié n’a ses capacités que dans son propre espace de noms utilisateur, donc l’appel échoue avec `Failed to initialize PMU! (Permission denied)` — et aucun changement de setcap, lxc.cap.keep, AppArmor ou seccomp n’y peut rien. Les deux « solutions » trouvées en ligne affaiblissent tout l’hôte : abaisser kernel.perf_event_paranoid ouvre les compteurs de performance de tout le système à chaque processus de l’hôte et de chaque conteneur, et rendre le conteneur privilégié fait de son root le root de l’hôte. Cet onglet GPU affiche les mêmes chiffres par moteur pour ce conteneur sans l’un ni l’autre : il les lit sur l’hôte dans /proc/<pid>/fdinfo et sysfs et les attribue par cgroup. Dans le conteneur, les outils basés sur fdinfo (nvtop, amdgpu_top) fonctionnent aussi pour ses propres processus.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} ne peut pas fonctionner dans ce conteneur non privilégié. {tool} lit le PMU du GPU via perf_event_open() sous forme d’événement à l’échelle du CPU. Le noyau ne l’autorise qu’aux détenteurs de CAP_PERFMON (ou CAP_SYS_ADMIN) dans l’espace de noms utilisateur initial de l’hôte tant que kernel.perf_event_paranoid est supérieur à 0 (ici {paranoid}). Le root d’un conteneur non privilégié n’a ses capacités que dans son propre espace de noms utilisateur, donc l’appel échoue avec `Failed to initialize PMU! (Permission denied)` — et aucun changement de setcap, lxc.cap.keep, AppArmor ou seccomp n’y peut rien. Les deux « solutions » trouvées en ligne affaiblissent tout l’hôte : abaisser kernel.perf_event_paranoid ouvre les compteurs de performance de tout le système à chaque processus de l’hôte et de chaque conteneur, et rendre le conteneur privilégié fait de son root le root de l’hôte. Cet onglet GPU affiche les mêmes chiffres par moteur pour ce conteneur sans l’un ni l’autre : il les lit sur l’hôte dans /proc/<pid>/fdinfo et sysfs et les attribue par cgroup. Dans le conteneur, les outils basés sur fdinfo (nvtop, amdgpu_top) fonctionnent aussi pour ses propres processus.',
  'mon.pmu_in_ct.fix':
    'Rien à changer : utilisez cet onglet pour l’utilisation GPU du conteneur. N’abaissez pas perf_event_paranoid et ne rendez pas le conteneur privilégié.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} permet à chaque processus de l’hôte et de chaque conteneur d’ouvrir les compteurs de performance de tout le système. Ce réglage a probablement été fait pour qu’intel_gpu_top fonctionne dans un conteneur ; cet onglet affiche les mêmes chiffres sans lui.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} permet à chaque processus de l’hôte et de chaque conteneur d’ouvrir les compteurs de performance de tout le système ; -1 autorise en plus le profilage du noyau et les tracepoints bruts. Ce réglage a probablement été fait pour qu’intel_gpu_top fonctionne dans un conteneur ; cet onglet affiche les mêmes chiffres sans lui.',
  'mon.paranoid_lowered.fix':
    'Supprimez la surcharge (et sa ligne dans /etc/sysctl.conf ou /etc/sysctl.d/*.conf) et utilisez la surveillance côté hôte',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` dans le conteneur n’affichent aucun processus : le pilote NVIDIA indique les PID de l’hôte, qui n’existent pas dans l’espace de noms PID du conteneur. Les totaux d’utilisation et de mémoire sont corrects ; cet onglet associe les PID de l’hôte aux conteneurs.',
  'mon.ineffective_workarounds':
    'Ces réglages ne rendent pas le PMU Intel disponible dans un conteneur non privilégié : `setcap cap_perfmon` dans le CT, `lxc.cap.keep`, un profil AppArmor unconfined, un profil seccomp vide, ou l’exécution du binaire de l’hôte via un montage. Le noyau vérifie CAP_PERFMON par rapport à l’espace de noms utilisateur initial de l’hôte, qu’un conteneur ne peut jamais détenir. Ils ne font qu’affaiblir l’isolation — envisagez de les supprimer (voir sec.*).',
  'mon.ineffective_workarounds.fix': 'Annulez-les',
  'mount.optional_missing':
    '`{path}` est monté avec `optional` mais n’existe pas sur l’hôte. LXC journalise `Failed to mount "{path}"` et démarre le conteneur sans lui — le périphérique disparaît silencieusement.',
  'mount.optional_missing.fix':
    'Faites en sorte que la source existe avant le démarrage du conteneur (nv.uvm_lazy, dev.node_renamed) ou passez à devN, qui échoue alors de façon visible',
  'mount.no_create':
    'La cible de montage `{target}` n’existe pas dans le /dev neuf du conteneur ; sans `create=file`, le montage échoue.',
  'mount.no_create.optional':
    'La cible de montage `{target}` n’existe pas dans le /dev neuf du conteneur ; sans `create=file`, le montage échoue (silencieusement, à cause de optional).',
  'mount.no_create.fix': 'Ajoutez create=file',
  'mount.create_kind.dir': '`create={create}` ne correspond pas à la source `{path}`, qui est un répertoire.',
  'mount.create_kind.file':
    '`create={create}` ne correspond pas à la source `{path}`, qui est un nœud de périphérique.',
  'mount.create_kind.fix': 'Utilisez create={create}',
  'mount.bad_path.relative_source':
    '`{path}` est une source relative ; ce n’est pas `/{path}` de l’hôte et le montage est ignoré.',
  'mount.bad_path.absolute_target':
    'La cible `{target}` est absolue ; les cibles de montage LXC sont relatives à la racine du conteneur (`{relative}`).',
  'mount.bad_path.other_dir':
    '`{node}` est monté sur `{target}` ; les applications le cherchent dans `{dir}`.',
  'mount.bad_path.fix': 'Montez /dev/X sur dev/X',
  'mount.duplicate': 'Deux entrées montent sur `{target}` ; la dernière masque la précédente.',
  'mount.duplicate.fix': 'Gardez-en une',
  'mount.unmapped_owner':
    '`{path}` est `{owner}` sur l’hôte. Il apparaît comme `{ctOwner}` et personne dans le conteneur — pas même root — ne peut l’ouvrir.',
  'mount.unmapped_owner.gid':
    '`{path}` est `{owner}` sur l’hôte. Le gid {gid} de l’hôte n’est pas mappé dans ce conteneur, donc il apparaît comme `{ctOwner}` et personne dans le conteneur — pas même root — ne peut l’ouvrir.',
  'mount.unmapped_owner.fix':
    'Remplacez l’entrée brute par devN et le gid propre au conteneur (PVE crée un nœud privé avec ce propriétaire). Évitez chmod 666 et les hooks chown avant démarrage.',
  'mount.cosmetic':
    'Le `{tail}` final provient d’un guide copié-collé. glibc le lit comme 0 0, il est donc sans danger.',
  'mount.dri_dir':
    'Tout le /dev/dri de l’hôte est visible : chaque GPU, les nœuds card KMS et by-path. Les nœuds ne sont utilisables que si le cgroup des périphériques les autorise (cgroup.not_allowed) ; dans les conteneurs non privilégiés, ils apparaissent comme nobody:nogroup sauf si leur propriétaire est mappé (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Transmettez seulement le ou les nœuds de rendu nécessaires, avec devN',
  'nv.module':
    'Le module noyau NVIDIA n’est pas chargé pour le noyau {kernel}, donc /dev/nvidia* n’existe pas. Les conteneurs utilisant devN ne démarreront pas (`Device /dev/nvidia0 does not exist`) ; les montages bruts optional démarrent sans le GPU. Cela suit généralement une mise à jour du noyau quand DKMS n’a pas compilé le module.',
  'nv.module.fix':
    'Installez les en-têtes du noyau en cours d’exécution et recompilez le module, puis redémarrez',
  'nv.uvm_lazy.missing_devn':
    '`{path}` n’existe pas actuellement. Avec devN, un nœud manquant est fatal : `pct start` échoue avec `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` n’existe pas actuellement. Avec un montage brut optional, le conteneur démarre sans lui et CUDA échoue à l’intérieur.',
  'nv.uvm_lazy.module_only_devn':
    'Rien sur cet hôte ne crée `{path}` au démarrage (nvidia_uvm est chargé par modules-load.d, mais le nœud n’apparaît que lorsque quelque chose utilise CUDA pour la première fois). Avec devN, un nœud manquant est fatal : `pct start` échoue avec `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Rien sur cet hôte ne crée `{path}` au démarrage (nvidia_uvm est chargé par modules-load.d, mais le nœud n’apparaît que lorsque quelque chose utilise CUDA pour la première fois). Avec un montage brut optional, le conteneur démarre sans lui et CUDA échoue à l’intérieur.',
  'nv.uvm_lazy.no_creator_devn':
    'Rien sur cet hôte ne crée `{path}` au démarrage. Avec devN, un nœud manquant est fatal : `pct start` échoue avec `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Rien sur cet hôte ne crée `{path}` au démarrage. Avec un montage brut optional, le conteneur démarre sans lui et CUDA échoue à l’intérieur.',
  'nv.uvm_lazy.fix':
    'Chargez nvidia_uvm au démarrage et créez ses nœuds avec une règle udev (ou activez nvidia-persistenced)',
  'nv.node_set.no_ctl':
    'Le conteneur a /dev/nvidia<N> mais pas /dev/nvidiactl ; le pilote a besoin des deux.',
  'nv.node_set.no_gpu': 'Le conteneur a /dev/nvidiactl mais aucun nœud GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Ajoutez {path}',
  'nv.node_set.no_uvm':
    'Pas de /dev/nvidia-uvm : NVENC/NVDEC fonctionnent, mais CUDA (ollama, immich-ml, TensorRT) en a besoin.',
  'nv.node_set.fix.uvm': 'Ajoutez /dev/nvidia-uvm (et assurez-vous qu’il existe au démarrage, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'Aucune bibliothèque NVIDIA en espace utilisateur (libnvidia-ml, libcuda) n’a été trouvée dans le conteneur ; installez la version {version} sans le module noyau.',
  'nv.version_mismatch.fix.install':
    'Installez le pilote en espace utilisateur correspondant dans le conteneur',
  'nv.version_mismatch':
    'Pilote de l’hôte {version}, bibliothèques du conteneur {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Cela se produit après chaque mise à jour du pilote de l’hôte.',
  'nv.version_mismatch.fix':
    'Installez la même version dans le conteneur sans la partie noyau ; épinglez le pilote de l’hôte pour éviter les écarts',
  'nv.kernel_pkgs_in_ct':
    'Le conteneur a des paquets de module noyau NVIDIA ({packages}) ; un conteneur ne peut pas charger de modules et les compilations DKMS échouent à chaque mise à jour.',
  'nv.kernel_pkgs_in_ct.fix': 'Supprimez-les ; gardez seulement les bibliothèques en espace utilisateur',
  'nv.ctk_cgroups':
    'Docker dans ce conteneur non privilégié ne peut pas gérer les cgroups des périphériques ; les anciennes versions du toolkit échouent avec `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Définissez no-cgroups = true dans [nvidia-container-cli] et transmettez explicitement les nœuds de périphérique au conteneur Docker',
  'sec.privileged_gpu':
    'Ce conteneur privilégié tourne en tant que root de l’hôte et dispose du GPU. Depuis PVE 8.1, devN transmet les GPU aux conteneurs non privilégiés ; LXC considère les conteneurs privilégiés comme non sûrs et ne traite pas les évasions depuis ceux-ci comme des problèmes de sécurité.',
  'sec.privileged_gpu.fix':
    'Sauvegardez puis restaurez en non privilégié, puis transmettez le GPU avec devN et les gid du conteneur',
  'sec.apparmor_unconfined':
    'Le confinement AppArmor est désactivé. La transmission de GPU n’en a pas besoin ; c’est généralement copié de guides Docker-dans-LXC.',
  'sec.apparmor_unconfined.privileged':
    'Le confinement AppArmor est désactivé dans un conteneur privilégié, dont le root est le root de l’hôte. La transmission de GPU n’en a pas besoin ; c’est généralement copié de guides Docker-dans-LXC.',
  'sec.apparmor_unconfined.fix':
    'Supprimez la ligne ; pour Docker, utilisez « features: nesting=1,keyctl=1 »',
  'sec.seccomp_off.replaced':
    'Le filtre d’appels système du conteneur a été remplacé. PVE ignore alors ses propres règles générées (`explicitly configured lxc.seccomp.profile overrides the following settings`). Inutile pour utiliser le GPU.',
  'sec.seccomp_off.disabled':
    'Le filtre d’appels système du conteneur a été désactivé. PVE ignore alors ses propres règles générées (`explicitly configured lxc.seccomp.profile overrides the following settings`), et le common.seccomp de LXC (qui bloque le chargement de modules, kexec_load, open_by_handle_at) disparaît. Inutile pour utiliser le GPU.',
  'sec.cap_drop_empty':
    'Un lxc.cap.drop vide ne change rien ici : pour les conteneurs non privilégiés, le userns.conf de LXC démarre déjà avec un ensemble complet de capacités dans l’espace de noms utilisateur.',
  'sec.cap_drop_empty.privileged':
    'Un lxc.cap.drop vide conserve sys_module, sys_rawio, sys_time, mac_admin et mac_override, que le common.conf de LXC retire : le root du conteneur peut charger des modules noyau et accéder aux E/S brutes de l’hôte.',
  'sec.cap_keep':
    '`lxc.cap.keep` limite seulement les capacités que le conteneur garde dans son propre espace de noms utilisateur ; il ne peut pas ajouter CAP_PERFMON/CAP_SYS_ADMIN sur l’hôte. Il peut casser l’init du conteneur si des capacités nécessaires sont omises.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` dans un conteneur privilégié remplace la liste de retraits de LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` dans un conteneur privilégié conserve des capacités au niveau de l’hôte telles que sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` partage un répertoire système de l’hôte avec le conteneur. pct.adoc : « Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk. » Dans ce conteneur non privilégié, les fichiers appartenant au root de l’hôte ne peuvent pas être modifiés, mais les binaires de l’hôte et leurs versions sont exposés.',
  'sec.system_dir_bind.privileged':
    '`{path}` partage un répertoire système de l’hôte avec le conteneur. pct.adoc : « Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk. » Dans ce conteneur privilégié, il peut remplacer des fichiers de l’hôte.',
  'sec.system_dir_bind.fix':
    'Installez les outils nécessaires dans le conteneur ; ne montez que des répertoires de données dédiés (par ex. sous /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys ou /sys sont accessibles en écriture dans le conteneur.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys ou /sys sont accessibles en écriture dans le conteneur ; dans un conteneur privilégié, cela modifie les paramètres du noyau de l’hôte.',
  'sec.proc_sys_rw.fix':
    'Supprimez la ligne ; utilisez les options « features » (force_rw_sys=1) là où c’est vraiment nécessaire',
  'sec.host_binary_bind':
    '`{path}` est un binaire/une bibliothèque de l’hôte monté dans le conteneur ; il doit correspondre à la libc du conteneur et casse silencieusement lors des mises à jour de l’hôte.',
  'sec.host_binary_bind.fix': 'Installez les paquets correspondants dans le conteneur (nv.version_mismatch)',
  'intel.huc':
    'Le firmware HuC n’est pas chargé sur {pci}, donc l’encodage basse consommation (VDEnc) n’est pas disponible ; sur les GPU uniquement LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake et plus récents), cela signifie aucun encodage matériel H.264/HEVC.',
  'intel.huc.forced':
    'Le firmware HuC n’est pas chargé sur {pci}, donc l’encodage basse consommation (VDEnc) n’est pas disponible ; sur les GPU uniquement LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake et plus récents), cela signifie aucun encodage matériel H.264/HEVC. i915 est forcé à enable_guc={value}.',
  'intel.huc.fix':
    'Maintenez pve-firmware à jour ; ne définissez enable_guc=2 que sur les plateformes plus anciennes qui en ont besoin (jamais sur celles où 3 est la valeur par défaut), puis mettez à jour l’initramfs et redémarrez',
  'intel.sriov_vf':
    '`{path}` appartient à une fonction virtuelle SR-IOV : le PMU i915 n’est pas disponible sur les VF (`PMU not supported for this GPU`), donc l’occupation des moteurs ne peut être lue que sur la fonction physique.',
  'intel.sriov_vf.fix': 'Surveillez la fonction physique sur l’hôte',
  'amd.kfd':
    'VA-API n’a besoin que du nœud de rendu, mais ROCm/HIP (ollama, PyTorch) a aussi besoin de /dev/kfd.',
  'amd.kfd.compute':
    'VA-API n’a besoin que du nœud de rendu, mais ROCm/HIP (ollama, PyTorch) a aussi besoin de /dev/kfd, et ce conteneur ressemble à une charge de calcul.',
  'amd.kfd.fix': 'Transmettez /dev/kfd avec le gid render du conteneur',
  'subid.not_allowed.uid':
    '`{file}` n’autorise pas root à mapper l’uid {ids} de l’hôte (nécessaire pour `lxc.idmap: {entry}`). Le conteneur ne démarrera pas : `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` n’autorise pas root à mapper le gid {ids} de l’hôte (nécessaire pour `lxc.idmap: {entry}`). Le conteneur ne démarrera pas : `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` n’existe pas (nécessaire pour `lxc.idmap: {entry}`). Le conteneur ne démarrera pas : `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` n’existe pas (nécessaire pour `lxc.idmap: {entry}`). Le conteneur ne démarrera pas : `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix':
    'Ajoutez à la fin de {file} (pas de redémarrage de l’hôte nécessaire ; redémarrez le conteneur)',
  'subid.typo_file': '`{file}` n’est lu par rien ; newuidmap/newgidmap lisent `{right}`.',
  'subid.typo_file.fix': 'Déplacez ses lignes dans {right}',
  'subid.nss':
    'Les ID subordonnés proviennent d’un module NSS sur cet hôte ; le panneau ne peut pas les vérifier à partir de /etc/subuid et /etc/subgid.',
  'check.pass': 'Rien à signaler.',
  'check.could_not_run': 'Cette vérification n’a pas pu s’exécuter : {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` est une clé cgroup v1. Cet hôte utilise cgroup v2, donc la ligne est sans effet — et un conteneur non privilégié n’a de toute façon besoin d’aucune règle d’autorisation : depuis PVE 7.0, son cgroup des périphériques autorise tous les périphériques, et ce sont le propriétaire et le mode du nœud qui décident. PVE journalise `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} est bloqué par `{line}` : le fichier est visible dans le conteneur, mais chaque open() renvoie `Operation not permitted`.} other {{nodes} sont bloqués par `{line}` : les fichiers sont visibles dans le conteneur, mais chaque open() renvoie `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Supprimez la ligne deny (ou restreignez-la pour qu’elle ne corresponde plus au périphérique)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` est déjà la valeur par défaut pour les conteneurs non privilégiés depuis PVE 7.0 (userns.conf.d/01-pve.conf de pve-container) : la ligne ne change rien. Ce que le conteneur peut ouvrir dépend du propriétaire et du mode des nœuds.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} est monté mais le cgroup des périphériques ne l’autorise pas : open() renvoie `Operation not permitted`. Le conteneur n’en a pas besoin pour VA-API ou le calcul.} other {{nodes} sont montés mais le cgroup des périphériques ne les autorise pas : open() renvoie `Operation not permitted`. Le conteneur n’en a pas besoin pour VA-API ou le calcul.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` n’autorise pas root à mapper l’uid {ids} de l’hôte, dont la correspondance d’ID a besoin.} other {`{file}` n’autorise pas root à mapper les {count} plages d’uid de l’hôte dont la correspondance d’ID a besoin : {ids}.}} Le conteneur ne démarrera pas : `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` n’autorise pas root à mapper le gid {ids} de l’hôte, dont la correspondance d’ID a besoin.} other {`{file}` n’autorise pas root à mapper les {count} plages de gid de l’hôte dont la correspondance d’ID a besoin : {ids}.}} Le conteneur ne démarrera pas : `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'Docker tourne dans ce conteneur, et le conteneur lui-même n’a aucun pilote VA-API. Les applications multimédias des images Docker (Jellyfin, Frigate, Plex) apportent leur propre pilote, que ce panneau ne peut pas voir ; si l’application ne signale aucun décodage matériel, vérifiez dans son image.',
  'ct.vaapi_driver.fix.docker': 'Exécutez vainfo dans le conteneur Docker de l’application',
  'ct.config_syntax.duplicate':
    '`{key}` est défini deux fois (lignes {first} et {line}) ; PVE ne garde que la dernière valeur.',
  'ct.config_syntax.inline_comment':
    'Ligne {line} : la valeur de `{key}` contient un commentaire `#` en ligne. PVE et LXC ne le retirent pas : il fait partie de la valeur.',
  'idmap.mark.ct_group': '{name} (conteneur)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'partagé → hôte {host}',
  'idmap.mark.passthrough_named': 'partagé → hôte {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': "Les pilotes des accélérateurs sont chargés sur l'hôte",
  'acc.usb_single_device.title':
    'Les accélérateurs USB sont transmis par leur bus, pas par un numéro de périphérique',
  'acc.usb_access.title': 'Le conteneur peut ouvrir le Coral USB',
  'acc.driver.coral':
    "Absent de l'hôte : {paths}. Le pilote Coral PCIe (`apex`, qui nécessite `gasket`) n'est pas chargé, alors que la carte est présente ({pci}). Le paquet `gasket-dkms` de Google ne se compile pas sur les noyaux 6.5 et suivants : le module disparaît souvent après une mise à jour du noyau.",
  'acc.driver.coral_no_card':
    "Absent de l'hôte : {paths}. Aucune carte Coral PCIe n'est visible sur le bus PCI, et son pilote (`apex`) n'est pas chargé.",
  'acc.driver.hailo':
    "Absent de l'hôte : {paths}. Le pilote Hailo PCIe (`hailo_pci`) n'est pas chargé, alors que la carte est présente ({pci}).",
  'acc.driver.hailo_no_card':
    "Absent de l'hôte : {paths}. Aucune carte Hailo n'est visible sur le bus PCI, et `hailo_pci` n'est pas chargé.",
  'acc.driver.npu_intel':
    "Absent de l'hôte : {paths}. Le pilote du NPU Intel (`intel_vpu`, Linux 6.3 ou plus récent, avec le firmware du NPU) n'est pas chargé, alors que le NPU est présent ({pci}).",
  'acc.driver.npu_amd':
    "Absent de l'hôte : {paths}. Le pilote du NPU AMD (`amdxdna`, Linux 6.14 ou plus récent) n'est pas chargé, alors que le NPU est présent ({pci}).",
  'acc.driver.npu':
    "Absent de l'hôte : {paths}. Aucun pilote de NPU (`intel_vpu`, `amdxdna`) n'est chargé et aucun NPU n'est visible sur le bus PCI.",
  'acc.driver.kfd':
    "Absent de l'hôte : {paths}. `amdgpu`, qui fournit le `/dev/kfd` de ROCm, n'est pas chargé.",
  'acc.driver.unbound':
    "Absent de l'hôte : {paths}. La carte en {pci} ({id}) n'est pas liée à `{module}` (pilote lié : {driver}) : un pilote d'un autre modèle la tient, ou aucun.",
  'acc.driver.fix.coral':
    'Compiler le pilote Coral pour le noyau en cours (un `gasket-dkms` qui compile dessus, par exemple les paquets feranick/gasket-driver, et les en-têtes du noyau), puis charger `apex`',
  'acc.driver.fix.hailo':
    "Installer le `hailort-pcie-driver` de la version de HailoRT qu'utilise le conteneur, puis charger `{module}`",
  'acc.driver.fix.npu': 'Charger `{module}` (`dmesg` indique le firmware NPU manquant)',
  'acc.driver.fix.kfd': 'Charger `amdgpu` ; `/dev/kfd` vient avec lui',
  'acc.usb_single_device':
    "{path} ({id}) est transmis comme un seul nœud de périphérique USB : son numéro change à chaque rebranchement ou redémarrage de l'hôte, et l'entrée pointe alors vers rien ou vers un autre périphérique.",
  'acc.usb_single_device.coral':
    "{path} est un Coral USB ({id}) transmis comme un seul nœud. Le Coral se réénumère quand son firmware se charge (1a6e:089a « Global Unichip » devient 18d1:9302 « Google ») sous un nouveau numéro : le nœud dans le conteneur devient obsolète et aucune Edge TPU n'est trouvée.",
  'acc.usb_single_device.moved':
    "{path} n'existe plus : le Coral USB s'est réénuméré et est maintenant {now} ({id}). Une entrée pour un seul périphérique ne peut pas le suivre : le conteneur ne démarre pas (devN) ou démarre sans la TPU (montage).",
  'acc.usb_single_device.gone':
    "{path} n'existe plus : les numéros de périphérique USB changent à chaque réénumération, rebranchement et redémarrage.",
  'acc.usb_single_device.fix':
    "Monter plutôt tout le répertoire du bus USB, pour que le périphérique soit joignable quel que soit le numéro qu'il reçoit",
  'acc.usb_single_device.fix.coral':
    "Monter plutôt tout le répertoire du bus USB, et ajouter une règle udev sur l'hôte pour que le conteneur non privilégié puisse ouvrir les deux identifiants du Coral",
  'acc.usb_access':
    "{path} (Coral USB, {id}) est {owner} sur l'hôte ; le conteneur non privilégié voit {ctOwner} et ne peut pas l'ouvrir en écriture, donc libedgetpu ne trouve aucune Edge TPU. Le nœud qu'il obtient après réénumération a le même propriétaire.",
  'acc.usb_access.fix':
    "Ajouter sur l'hôte une règle udev qui donne le mode 0666 aux deux identifiants du Coral USB (1a6e:089a et 18d1:9302), puis relancer udev",
  'acc.usb_access.minor':
    'Le cgroup de périphériques ne laisse passer {path} que comme {devt}, le numéro actuel du Coral USB. Quand il se réénumère (1a6e:089a devient 18d1:9302), il reçoit le numéro suivant sur le bus, et open() échoue dans le conteneur avec EPERM.',
  'acc.usb_access.fix.minor': "Autoriser tous les numéros de périphérique USB (majeur 189) au lieu d'un seul",
  'acc.driver.hailo_other':
    "Absent de l'hôte : {paths}. `{other}` est chargé, mais il pilote le Hailo-10H ; cette carte ({pci}, un Hailo-8/8L) nécessite `hailo_pci`, qui n'est pas chargé.",
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Ce que les hooks et hookscripts font aux périphériques',
  'ct.hook_script.ops':
    "`{hook}` s'exécute avant le démarrage du conteneur et fait ceci aux périphériques : {ops}. Les vérifications jugent les nœuds tels qu'ils sont ensuite.",
  'ct.hook_script.opaque':
    "`{hook}` fait aux périphériques des choses que ce panneau ne peut pas suivre ({lines}). Les verdicts sur les nœuds concernés dépendent de ce qu'il fait.",
  'ct.hook_script.unreadable':
    "Le script de `{hook}` ({path}) n'a pas pu être lu en entier. Les verdicts sur les nœuds de périphérique dépendent de ce qu'il fait.",
  'ct.hook_script.missing':
    "`{hook}` : {path} n'existe pas ou n'est pas un fichier ordinaire. PVE ou LXC ne peuvent pas l'exécuter, et le conteneur ne démarre pas.",
  'ct.hook_script.not_executable':
    "`{hook}` : {path} n'est pas exécutable. PVE ou LXC ne peuvent pas l'exécuter (`is not executable`), et le conteneur ne démarre pas.",
  'ct.hook_script.fix.missing': 'Restaurer le script et le rendre exécutable, ou supprimer le hook',
  'ct.hook_script.mknod_unprivileged':
    "{count, plural, one {`{hook}` crée {nodes} avec mknod dans un conteneur non privilégié. Son espace de noms utilisateur ne peut pas créer de nœuds de périphérique (`Operation not permitted`), le nœud n'existe donc pas.} many {`{hook}` crée {nodes} avec mknod dans un conteneur non privilégié. Son espace de noms utilisateur ne peut pas créer de nœuds de périphérique (`Operation not permitted`), les nœuds n'existent donc pas.} other {`{hook}` crée {nodes} avec mknod dans un conteneur non privilégié. Son espace de noms utilisateur ne peut pas créer de nœuds de périphérique (`Operation not permitted`), les nœuds n'existent donc pas.}}",
  'ct.hook_script.fix.devn':
    'Transmettre plutôt les nœuds par des entrées devN : PVE les crée dans le conteneur',
  'ct.hook_script.mknod_blocked':
    "{count, plural, one {Un hook crée {nodes}, mais le cgroup des périphériques ne l'autorise pas : open() renvoie `Operation not permitted`.} other {Un hook crée {nodes}, mais le cgroup des périphériques ne les autorise pas : open() renvoie `Operation not permitted`.}}",
  'nv.lxc_hook.title': "Le hook nvidia de LXC peut s'exécuter",
  'nv.lxc_hook':
    "Le hook nvidia de LXC monte à chaque démarrage les nœuds de périphérique NVIDIA ({devices}) et les bibliothèques du pilote de l'hôte dans le conteneur (`nvidia-container-cli`) : les bibliothèques du conteneur correspondent donc toujours au module noyau de l'hôte.",
  'nv.lxc_hook.missing':
    "{path} n'existe pas sur cet hôte : le hook de montage ne peut pas s'exécuter, et le conteneur ne démarre pas.",
  'nv.lxc_hook.not_mount':
    'Le hook nvidia de LXC est déclaré comme `{key}`. Il ne fonctionne que comme `lxc.hook.mount` et s\'arrête sinon avec `This hook must be used as a "mount" hook` : le conteneur ne démarre pas.',
  'nv.lxc_hook.privileged':
    'Le hook nvidia de LXC ne fonctionne que dans les conteneurs non privilégiés (`This hook currently only works in unprivileged mode`). Dans ce conteneur privilégié, il échoue et le conteneur ne démarre pas.',
  'nv.lxc_hook.no_cli':
    'Le hook nvidia de LXC exécute `nvidia-container-cli`, absent de cet hôte (`Missing tool nvidia-container-cli`) : le conteneur ne démarre pas.',
  'nv.lxc_hook.no_env':
    "Le hook nvidia de LXC ne fait rien tant que `lxc.environment` ne donne pas à `NVIDIA_VISIBLE_DEVICES` une valeur autre que vide ou `void` : aucun nœud ni bibliothèque NVIDIA n'atteint le conteneur.",
  'nv.lxc_hook.fix.cli': 'Installer le paquet qui le fournit',
  'nv.lxc_hook.fix.mount': 'Utiliser le hook comme hook de montage',
  'nv.lxc_hook.fix.privileged':
    'Supprimer le hook et transmettre les nœuds NVIDIA avec devN, ou utiliser un conteneur non privilégié',
  'nv.lxc_hook.fix.env': 'Définir les variables que le hook lit',
  'ct.generated_config.title': 'Ce que LXC a appliqué au dernier démarrage',
  'ct.generated_config.extra':
    "{count, plural, one {LXC a appliqué au dernier démarrage une ligne absente de la configuration (un hook l'a écrite, ou elle a été supprimée depuis) : {lines}.} many {LXC a appliqué au dernier démarrage {count} lignes absentes de la configuration (un hook les a écrites, ou elles ont été supprimées depuis) : {lines}.} other {LXC a appliqué au dernier démarrage {count} lignes absentes de la configuration (un hook les a écrites, ou elles ont été supprimées depuis) : {lines}.}} Les vérifications de ce conteneur en cours d'exécution jugent ce que LXC a appliqué (`/var/lib/lxc/{vmid}/config`).",
  'ct.generated_config.not_applied':
    "{count, plural, one {Une ligne de la configuration n'a pas été appliquée au dernier démarrage (elle a été ajoutée depuis) : {lines}. Elle prend effet au redémarrage du conteneur ; d'ici là, les vérifications jugent le conteneur sans elle.} many {{count} lignes de la configuration n'ont pas été appliquées au dernier démarrage (elles ont été ajoutées depuis) : {lines}. Elles prennent effet au redémarrage du conteneur ; d'ici là, les vérifications jugent le conteneur sans elles.} other {{count} lignes de la configuration n'ont pas été appliquées au dernier démarrage (elles ont été ajoutées depuis) : {lines}. Elles prennent effet au redémarrage du conteneur ; d'ici là, les vérifications jugent le conteneur sans elles.}}",
  'ct.generated_config.hookscript':
    '{count, plural, one {Le hookscript {script} ajoute une ligne à la configuration générée à chaque démarrage : {lines}. Les vérifications la comptent comme appliquée.} many {Le hookscript {script} ajoute {count} lignes à la configuration générée à chaque démarrage : {lines}. Les vérifications les comptent comme appliquées.} other {Le hookscript {script} ajoute {count} lignes à la configuration générée à chaque démarrage : {lines}. Les vérifications les comptent comme appliquées.}}',
  'ct.read_limits.title': 'Les fichiers du conteneur ont été lus en entier',
  'ct.read_limits':
    "{count, plural, one {Un fichier du conteneur n'a pas pu être lu en entier : {paths}.} many {{count} fichiers du conteneur n'ont pas pu être lus en entier : {paths}.} other {{count} fichiers du conteneur n'ont pas pu être lus en entier : {paths}.}} Les verdicts de {checks} reposent sur ce qui a été lu et peuvent être faux.",
  'ct.config_syntax.lxc_unknown_key':
    "Ligne {line} : `{key}` n'est pas une clé que PVE transmet à LXC. PVE ignore la ligne (`unable to parse config`), elle n'a donc aucun effet.",
  'ct.config_syntax.lxc_removed_key':
    'Ligne {line} : `{key}` a été supprimée dans LXC 3.0 (désormais `{new}`). PVE la transmet, et LXC refuse de démarrer le conteneur.',
  'ct.config_syntax.cgroup_key':
    "Ligne {line} : `{key}` n'est pas une clé de règle de périphérique (`lxc.cgroup2.devices.allow` ou `lxc.cgroup2.devices.deny`). LXC ne peut pas l'appliquer, et le conteneur ne démarre pas.",
  'ct.config_syntax.cgroup_rule':
    "Ligne {line} : `{value}` n'est pas une règle de périphérique que LXC sait lire (`a`, ou `c` ou `b` suivi de `major:minor` et `rwm`). Le conteneur ne démarre pas.",
  'ct.config_syntax.mount_fields':
    "Ligne {line} : `{value}` a moins que les quatre champs d'une entrée de montage (source, cible, type, options). Le montage échoue, et le conteneur ne démarre pas.",
  'host.prestart_chown.fix.script':
    'Supprimer ces commandes de {script} et transmettre les nœuds avec devN : PVE donne au conteneur sa propre copie de chaque nœud avec le propriétaire demandé',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'Le conteneur peut ouvrir une instance MIG',
  'nv.mig_caps.none':
    'MIG est activé pour {gpu} ({count, plural, one {une instance GPU} other {{count} instances GPU}} : {instances}), mais le conteneur n’a aucun de leurs nœuds de capacité. Avec {gpu} seul, CUDA ne trouve aucun périphérique : une instance MIG s’ouvre par le nœud d’accès de son instance GPU et celui d’une de ses instances de calcul, `/dev/nvidia-caps/nvidia-cap<minor>` (numéros mineurs dans `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'Le conteneur n’a qu’une partie de l’instance GPU {gi} de {gpu} ; il manque : {nodes}. Une instance MIG a besoin du nœud d’accès de son instance GPU et de celui d’une de ses instances de calcul.',
  'nv.mig_caps.blocked':
    '{count, plural, one {Le nœud de capacité MIG {nodes} est monté, mais le cgroup des périphériques ne l’autorise pas} other {Les nœuds de capacité MIG {nodes} sont montés, mais le cgroup des périphériques ne les autorise pas}} : CUDA ne peut ouvrir aucune instance de {gpu}.',
  'nv.mig_caps.fix.add':
    'Transmettre les nœuds d’accès de l’instance GPU {gi} et de son instance de calcul {ci}',
  'nv.mig_caps.fix.allow': 'Autoriser les nœuds de capacité dans le cgroup des périphériques',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Aucune mesure de ce GPU pour l’instant.',
  'collector.msg.stale': 'Aucune mesure valable depuis {seconds} s : ces chiffres datent de ce moment-là.',
  'collector.msg.stale_why':
    'Aucune mesure valable depuis {seconds} s ({why}) : ces chiffres datent de ce moment-là.',
  'collector.msg.suspended':
    'Le GPU est en veille d’exécution (inactif) ; il n’est pas réveillé pour être lu.',
  'collector.msg.legacy_amdgpu':
    'Ce noyau écrit le format fdinfo amdgpu d’avant 5.19 (Linux 5.14–5.18, p. ex. PVE 7.2–7.4) : l’utilisation par processus n’est pas prise en charge ; passez à un noyau de PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {{count} processus n’a pas pu être lu (permission refusée) : lancez le service en root.} other {{count} processus n’ont pas pu être lus (permission refusée) : lancez le service en root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} processus détient des fichiers sur un système de fichiers qui ne répond pas (un montage FUSE ou NFS bloqué) ; ces fichiers sont ignorés.} other {{count} processus détiennent des fichiers sur un système de fichiers qui ne répond pas (un montage FUSE ou NFS bloqué) ; ces fichiers sont ignorés.}}',
  'collector.msg.nvidia_starting': 'Démarrage de nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    '{command} introuvable : aucun utilitaire du pilote NVIDIA sur cet hôte (paquet Debian `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} introuvable.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` a échoué ({error}).',
  'collector.msg.nvidia_no_index_fields':
    'nvidia-smi ne connaît pas les champs de requête `index` et `pci.bus_id`.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} s’est arrêté ({why}) ; redémarrage dans {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} ne répond plus ; redémarrage.',
  'collector.msg.nvidia_mismatch':
    'Les versions du pilote et des bibliothèques NVIDIA ne correspondent pas : le module noyau chargé diffère des bibliothèques installées, en général après une mise à jour du pilote sans redémarrage. Redémarrez l’hôte (ou rechargez les modules nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'Les versions du pilote et des bibliothèques NVIDIA ne correspondent pas (NVML en espace utilisateur {nvml}, module noyau chargé {module}) : le module noyau chargé diffère des bibliothèques installées, en général après une mise à jour du pilote sans redémarrage. Redémarrez l’hôte (ou rechargez les modules nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'Les versions du pilote et des bibliothèques NVIDIA ne correspondent pas (NVML en espace utilisateur {nvml}) : le module noyau chargé diffère des bibliothèques installées, en général après une mise à jour du pilote sans redémarrage. Redémarrez l’hôte (ou rechargez les modules nvidia).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi n’a trouvé aucun GPU NVIDIA sur cet hôte.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi ne peut pas communiquer avec le pilote NVIDIA : le module noyau n’est pas chargé.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi a refusé un champ de requête : {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi a échoué : {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon n’est pas pris en charge sur ce GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon répond "Not supported on the device(s)" pour ces GPU (certaines GeForce, vGPU et configurations MIG) : l’utilisation par processus est inconnue ; la mémoire par processus vient de `--query-compute-apps`, et le GPU entier est mesuré comme d’habitude.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi ne liste pas ce GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi ne tourne pas pour ce GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi n’a rien signalé pour ce GPU depuis {seconds} s : les chiffres datent de ce moment-là.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} n’a rien affiché en {seconds} s ; redémarrage avec une attente plus longue. Sans le mode persistance, le pilote initialise les GPU pour le premier programme qui les ouvre, ce qui peut prendre des dizaines de secondes : lancez `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'n’existe pas',
  'evidence.exists': 'existe',
  'evidence.pve_default_map': 'mappage par défaut de PVE (`unprivileged: 1`) : {map}',
  'evidence.subid_no_root': 'aucune entrée pour root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} ligne uid} other {{count} lignes uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} ligne gid} other {{count} lignes gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (hiérarchie unifiée)',
  'evidence.cgroup.hybrid': 'cgroup v1 et v2 côte à côte (hybride)',
  'evidence.cgroup.unknown': 'organisation des cgroups non reconnue',
  'evidence.apparmor.enabled': 'AppArmor est activé',
  'evidence.apparmor.disabled': 'AppArmor est désactivé',
  'evidence.no_driver': 'aucun pilote lié',
  'evidence.pci_no_driver': '{id} : aucun pilote lié',
  'evidence.node.char': 'périphérique caractère {devt}',
  'evidence.node.block': 'périphérique bloc {devt}',
  'evidence.node.file': 'fichier ordinaire, pas un nœud de périphérique',
  'evidence.node.dir': 'répertoire, pas un nœud de périphérique',
  'evidence.no_group_gid': 'aucun groupe n’a le gid {gid}',
  'evidence.no_group_name': 'aucun groupe {group}',
  'evidence.uvm_listed': '`nvidia_uvm` est listé',
  'evidence.uvm_not_listed': '`nvidia_uvm` n’est pas listé',
  'evidence.no_cgroups_unset': '`no-cgroups` n’est pas défini',
  'evidence.docker_dir': 'le répertoire de données de Docker est présent',
  'evidence.no_vaapi_driver': 'aucun pilote VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'permission refusée',
  'evidence.read.not_regular': 'pas un fichier ordinaire',
  'evidence.read.not_directory': 'pas un répertoire',
  'evidence.read.symlink': 'lien symbolique, non suivi',
  'evidence.read.error': 'erreur de lecture',
  'evidence.read.timeout': 'pas de réponse dans le délai',
  'evidence.read.truncated': 'plus grand que la limite de taille, lu en partie',
  'evidence.unreadable': 'n’a pas pu être lu',
  'evidence.module_not_loaded': 'module non chargé',
  'evidence.privileged_config': 'ni `unprivileged: 1` ni `lxc.idmap`',
  'evidence.hook.not_executable': 'non exécutable',
  'evidence.hook.too_big': 'plus grand que la limite de taille, non lu',
  'evidence.hook.storage': 'son stockage n’est pas de type répertoire : le fichier est introuvable',
  'evidence.unprivileged_ct': 'conteneur non privilégié',
  'evidence.privileged_ct': 'conteneur privilégié',
  'evidence.nvidia_nodes_passed': 'des nœuds de périphérique NVIDIA sont transmis',
  'evidence.no_caps_major': 'aucune ligne `nvidia-caps`',
} satisfies Record<string, string>;
