// SPDX-License-Identifier: AGPL-3.0-or-later
// Deutsch: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Keine cgroup-v1-Schlüssel',
  'cgroup.not_allowed.title': 'Die Geräte-Cgroup erlaubt jeden eingebundenen Knoten',
  'cgroup.stale_major.title': 'Erlaubte Major-Nummern passen zu den aktuellen Geräten',
  'cgroup.allow_all.title': 'Keine Regel, die alle Geräte erlaubt',
  'cgroup.redundant.title': 'Keine Erlaubnisregeln für nicht eingebundene Knoten',
  'ct.config_syntax.title': 'Jede Konfigurationszeile ist lesbar',
  'ct.pending.title': 'Ausstehende Änderungen',
  'ct.node_check.title': 'Die Knoten im Container sind die Geräte des Hosts',
  'ct.service_user_groups.title': 'Dienstbenutzer können die GPU öffnen',
  'ct.group_collision.title': 'Genau eine render- und eine video-Gruppe',
  'ct.vaapi_driver.title': 'Ein VA-API-Treiber für die GPU ist installiert',
  'dev.path_missing.title': 'Durchgereichte Gerätepfade existieren auf dem Host',
  'dev.not_device.title': 'Durchgereichte Pfade sind Geräteknoten',
  'dev.node_renamed.title': 'Stabile Namen der GPU-Knoten',
  'dev.bypath.title': 'by-path-Knoten erscheinen unter ihrem by-path-Namen',
  'dev.gid_default.title': 'GPU-Einträge devN setzen eine Gruppe',
  'dev.gid_wrong_group.title': 'Die Gruppe in devN ist die render/video-Gruppe des Containers',
  'dev.id_unmapped.title': 'UID/GID in devN sind zugeordnet',
  'dev.nvidia_mode.title': 'NVIDIA-Knoten sind für die Dienste des Containers nutzbar',
  'dev.kfd_gid.title': '/dev/kfd gehört der render-Gruppe',
  'dev.conflict.title': 'Kein Knoten wird doppelt durchgereicht',
  'dev.render_numbering.title': 'renderD128 ist für die Standardsuche vorhanden',
  'dev.vendor.title': 'Zu welcher GPU jeder durchgereichte Knoten gehört',
  'host.gpu_inventory.title': 'GPUs des Hosts und ihre Knoten',
  'host.no_drm_node.title': 'Jede GPU des Hosts hat einen Treiber und Knoten',
  'host.world_rw_nodes.title': 'GPU-Knoten sind auf dem Host nicht für alle beschreibbar',
  'host.prestart_chown.title': 'Hooks ändern nicht den Besitzer von Geräteknoten des Hosts',
  'idmap.syntax.title': 'lxc.idmap-Zeilen sind gültig',
  'idmap.deprecated_key.title': 'Name des Schlüssels lxc.idmap',
  'idmap.type_missing.title': 'Eigene Zuordnung hat UID- und GID-Zeilen',
  'idmap.root_unmapped.title': 'root des Containers ist zugeordnet',
  'idmap.overlap.title': 'Keine ID ist doppelt zugeordnet',
  'idmap.gap.title': 'Jede Container-ID 0–65535 ist zugeordnet',
  'idmap.host_root.title': 'root des Hosts ist nicht in den Container abgebildet',
  'idmap.passthrough_ids.title': 'Mit dem Container geteilte Host-IDs',
  'idmap.too_many_ranges.title': 'Höchstens 340 Bereiche pro ID-Art',
  'mon.pmu_in_ct.title': 'Warum GPU-Monitore (intel_gpu_top) in diesem Container scheitern',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid ist nicht herabgesetzt',
  'mon.nvml_pids.title': 'nvidia-smi zeigt im Container keine Prozesse',
  'mon.ineffective_workarounds.title': 'Einstellungen, die beim PMU-Zugriff nicht helfen',
  'mount.optional_missing.title': 'Optionale Bind-Quellen existieren',
  'mount.no_create.title': 'Binds nach /dev legen ihr Ziel an',
  'mount.create_kind.title': 'create= passt zur Quelle',
  'mount.bad_path.title': 'Bind-Quellen und -Ziele sind wohlgeformt',
  'mount.duplicate.title': 'Keine zwei Binds auf dasselbe Ziel',
  'mount.unmapped_owner.title': 'Eingebundene Knoten sind im Container nutzbar',
  'mount.cosmetic.title': 'Bind-Zeilen enden sauber',
  'mount.dri_dir.title': 'Nur die benötigten DRM-Knoten sind eingebunden',
  'nv.module.title': 'Das NVIDIA-Kernelmodul ist geladen',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm existiert bei jedem Start',
  'nv.node_set.title': 'Die NVIDIA-Knoten sind vollständig',
  'nv.version_mismatch.title': 'NVIDIA-Bibliotheken im Container passen zum Treiber des Hosts',
  'nv.kernel_pkgs_in_ct.title': 'Keine NVIDIA-Kernelpakete im Container',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit funktioniert in einem unprivilegierten CT',
  'sec.privileged_gpu.title': 'GPU-Container sind unprivilegiert',
  'sec.apparmor_unconfined.title': 'AppArmor-Einschränkung ist aktiv',
  'sec.seccomp_off.title': 'Der Syscall-Filter ist intakt',
  'sec.cap_drop_empty.title': 'Die Capability-Drops von LXC bleiben erhalten',
  'sec.cap_keep.title': 'Kein lxc.cap.keep',
  'sec.system_dir_bind.title': 'Keine Systemverzeichnisse des Hosts im Container',
  'sec.proc_sys_rw.title': '/proc und /sys sind nicht beschreibbar',
  'sec.host_binary_bind.title': 'Keine eingebundenen Programme oder Bibliotheken des Hosts',
  'subid.not_allowed.title': '/etc/subuid und /etc/subgid erlauben die Zuordnung',
  'subid.typo_file.title': 'Keine falsch geschriebenen subuid/subgid-Dateien',
  'subid.nss.title': 'Untergeordnete IDs stammen aus den Dateien',
  'intel.huc.title': 'HuC-Firmware ist geladen (stromsparende Kodierung)',
  'intel.sriov_vf.title': 'Virtuelle SR-IOV-Funktionen',
  'amd.kfd.title': 'ROCm hat /dev/kfd',
  'fix.remove_line': 'Die Zeile entfernen',
  'fix.optional_cleanup': 'Optionales Aufräumen',
  'fix.restart': 'Den Container neu starten, um die Konfiguration anzuwenden',
  'cgroup.v1_key.no_effect':
    '`{line}` ist ein cgroup-v1-Schlüssel. Dieser Host verwendet cgroup v2 (ab PVE 7; PVE 9 hat gar kein v1 mehr), daher wirkt die Zeile nicht. PVE protokolliert `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` ist ein cgroup-v1-Schlüssel. Dieser Host verwendet cgroup v2 (ab PVE 7; PVE 9 hat gar kein v1 mehr), daher wirkt die Zeile nicht, und diese Geräte bleiben gesperrt (`Operation not permitted`). PVE protokolliert `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` ist ein cgroup-v1-Schlüssel. Dieser Host verwendet cgroup v2 (ab PVE 7; PVE 9 hat gar kein v1 mehr), daher wirkt die Zeile nicht. PVE protokolliert `{key} is deprecated, this will be a hard error in the future!`. Als lxc.cgroup2.devices.allow umgeschrieben, würde sie jedes Gerät erlauben (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename':
    'Auf den cgroup2-Schlüssel umbenennen, oder besser die rohen Einträge durch devN ersetzen',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} ist eingebunden, aber die Geräte-Cgroup erlaubt ihn nicht. Die Datei ist im Container sichtbar, doch jedes open() liefert `Operation not permitted`.} other {{nodes} sind eingebunden, aber die Geräte-Cgroup erlaubt sie nicht. Die Dateien sind im Container sichtbar, doch jedes open() liefert `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} ist über einen Verzeichnis-Bind sichtbar, aber die Geräte-Cgroup erlaubt ihn nicht: open() liefert `Operation not permitted`. Für VA-API oder Berechnungen nicht nötig.} other {{nodes} sind über einen Verzeichnis-Bind sichtbar, aber die Geräte-Cgroup erlaubt sie nicht: open() liefert `Operation not permitted`. Für VA-API oder Berechnungen nicht nötig.}}',
  'cgroup.not_allowed.fix':
    'Die Knoten erlauben, oder devN verwenden, das die Regeln bei jedem Start erzeugt',
  'cgroup.stale_major.since_start':
    '`{path}` ist jetzt {devt}, aber der Container wurde mit Geräteregeln für {started} gestartet (/var/lib/lxc/{vmid}/config). Der Treiber wurde seit dem Start neu geladen oder neu nummeriert: Der Knoten ist im laufenden Container gesperrt.',
  'cgroup.stale_major.fix.restart':
    'Den Container neu starten: PVE erzeugt die Regeln aus den aktuellen Knoten neu',
  'cgroup.stale_major':
    'Die Konfiguration erlaubt Major {major}, die kein aktuelles Gerät verwendet, während `{path}` jetzt {devt} ist. Dynamische Major-Nummern (nvidia-uvm, nvidia-caps, kfd) ändern sich nach Treiber-Updates.',
  'cgroup.stale_major.named':
    'Die Konfiguration erlaubt Major {major}, die kein aktuelles Gerät verwendet, während `{path}` jetzt {devt} ist ({driver} in /proc/devices). Dynamische Major-Nummern (nvidia-uvm, nvidia-caps, kfd) ändern sich nach Treiber-Updates.',
  'cgroup.stale_major.fix':
    'Die Nummer anpassen, oder auf devN umstellen (die Regeln werden bei jedem Start per stat() neu erzeugt)',
  'cgroup.allow_all':
    'Der Container darf jeden Geräteknoten lesen und schreiben, den er anlegen oder erreichen kann, auch Blockgeräte.',
  'cgroup.allow_all.privileged':
    'Der Container darf jeden Geräteknoten lesen und schreiben, den er anlegen oder erreichen kann, auch Blockgeräte. In einem privilegierten Container ist das Zugriff auf die Festplatten des Hosts.',
  'cgroup.allow_all.fix': 'Entfernen; die konkreten GPU-Knoten erlauben (oder devN verwenden)',
  'cgroup.redundant.by_devn': '`c {devt}` erlaubt PVE bereits für `{key}`.',
  'cgroup.redundant': '`c {devt}` ist erlaubt, aber kein eingebundener Knoten hat diese Nummer.',
  'ct.config_syntax.fix': 'Die Zeile korrigieren oder entfernen',
  'ct.config_syntax.fix.dev':
    'So schreiben: dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE unterstützt dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Die Einträge neu nummerieren',
  'ct.pending.idmap':
    'Der Container läuft mit der ID-Zuordnung seines letzten Starts ({started}); die Konfiguration sagt jetzt {now}. Die neue Zuordnung gilt nach einem Neustart.',
  'ct.pending.idmap_removed':
    'Der Container läuft mit der ID-Zuordnung seines letzten Starts ({started}); die Konfiguration hat jetzt keine Zuordnung. Die neue Zuordnung gilt nach einem Neustart.',
  'ct.pending':
    'Diese Änderungen stehen aus und gelten beim nächsten Start des Containers; die Prüfungen oben beschreiben die laufende Konfiguration: {changes}.',
  'ct.config_syntax.delete':
    'Zeile {line}: `delete` ist nur in [pve:pending] erlaubt; hier ignoriert PVE es.',
  'ct.config_syntax.empty_option':
    'Zeile {line}: Option `{key}` hat keinen Wert; PVE protokolliert `unable to parse config` und ignoriert die Zeile.',
  'ct.config_syntax.unparsable':
    'Zeile {line}: PVE kann diese Zeile nicht lesen (`unable to parse config`) und ignoriert sie.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` ist keine Zahl. PVE lehnt den Eintrag ab.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` ist kein oktaler Modus wie 0660. PVE lehnt den Eintrag ab.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: unbekannte Option `{option}`. PVE lehnt den Eintrag ab.',
  'ct.config_syntax.dev.no_path': '`{key}` nennt keinen Gerätepfad. PVE lehnt den Eintrag ab.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` liegt nicht unter /dev/. PVE lehnt den Eintrag ab.',
  'ct.config_syntax.dev.dot_path':
    '`{key}`: `{path}` enthält /.- oder /..-Bestandteile. PVE lehnt den Eintrag ab.',
  'ct.node_check.missing': '`{path}` existiert im Container nicht (siehe {see}).',
  'ct.node_check.placeholder':
    '`{path}` ist im Container eine reguläre (Platzhalter-)Datei – der Bind-Mount hat nicht stattgefunden (siehe {see}).',
  'ct.node_check.not_device':
    '`{path}` ist im Container kein Geräteknoten – der Bind-Mount hat nicht stattgefunden (siehe {see}).',
  'ct.node_check.stale':
    '`{path}` ist im Container {devt}, der Knoten des Hosts ist {hostDevt} – ein veralteter Knoten von vor einem Neuladen des Treibers (siehe {see}). Starten Sie den Container neu.',
  'ct.node_check.fix': 'Den Container neu starten, nachdem die genannte Prüfung behoben ist',
  'ct.service_user_groups':
    'Benutzer `{user}` kann `{path}` nicht öffnen: Besitzer ist GID {gid}, Modus {mode}, und {user} ist in {groups}.',
  'ct.service_user_groups.no_groups':
    'Benutzer `{user}` kann `{path}` nicht öffnen: Besitzer ist GID {gid}, Modus {mode}, und {user} ist in keiner weiteren Gruppe.',
  'ct.service_user_groups.fix.add_user':
    '{user} im Container zu {group} hinzufügen und den Dienst neu starten',
  'ct.service_user_groups.fix.devn_gid':
    'Dem Knoten die render-Gruppe des Containers geben ({see}), dann den Container neu starten',
  'ct.service_user_groups.fix.node_group':
    'Dem Knoten die render-Gruppe des Containers geben (siehe dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'Der Container hat {count} Gruppen `{group}` ({gids}); Programme lösen den Namen zu einer davon auf.',
  'ct.group_collision.fix': 'Das Duplikat entfernen; die GID behalten, der der Knoten gehört',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 erzwingt den alten Treiber; er unterstützt nur GPUs vor Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'LIBVA_DRIVER_NAME entfernen oder auf iHD setzen',
  'ct.vaapi_driver.only_i965':
    'Der Container hat nur den alten VA-API-Treiber i965. Für Intel-GPUs ab Gen9 intel-media-va-driver-non-free installieren (Debian: non-free aktivieren).',
  'ct.vaapi_driver.only_i965_no_access':
    'Der Container hat nur den alten VA-API-Treiber i965. Für Intel-GPUs ab Gen9 intel-media-va-driver-non-free installieren (Debian: non-free aktivieren). Der Container kann den Render-Knoten noch nicht öffnen (siehe oben); zuerst den Zugriff beheben, dann den Treiber erneut prüfen (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'Im Container wurde kein Intel-VA-API-Treiber (iHD_drv_video.so) gefunden. Für Intel-GPUs ab Gen9 intel-media-va-driver-non-free installieren (Debian: non-free aktivieren).',
  'ct.vaapi_driver.no_ihd_no_access':
    'Im Container wurde kein Intel-VA-API-Treiber (iHD_drv_video.so) gefunden. Für Intel-GPUs ab Gen9 intel-media-va-driver-non-free installieren (Debian: non-free aktivieren). Der Container kann den Render-Knoten noch nicht öffnen (siehe oben); zuerst den Zugriff beheben, dann den Treiber erneut prüfen (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Den Media-Treiber im Container installieren',
  'ct.vaapi_driver.no_radeonsi': 'Im Container wurde kein radeonsi_drv_video.so (mesa-va-drivers) gefunden.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'Im Container wurde kein radeonsi_drv_video.so (mesa-va-drivers) gefunden. Der Container kann den Render-Knoten noch nicht öffnen (siehe oben); zuerst den Zugriff beheben, dann den Treiber erneut prüfen (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'mesa-va-drivers im Container installieren',
  'ct.vaapi_driver.docker':
    'In diesem Container läuft Docker, und der Container selbst hat keinen VA-API-Treiber. Medienanwendungen in Docker-Images (Jellyfin, Frigate, Plex) bringen ihren eigenen Treiber mit, den dieses Panel nicht sehen kann; meldet die Anwendung keine Hardware-Dekodierung, prüfen Sie es in ihrem Image.',
  'ct.vaapi_driver.fix.docker': 'vainfo im Docker-Container der Anwendung ausführen',
  'dev.path_missing':
    '`{entry}` existiert auf dem Host nicht; `pct start` bricht mit `Device {path} does not exist` ab.',
  'dev.path_missing.renamed':
    '`{entry}` existiert auf dem Host nicht; `pct start` bricht mit `Device {path} does not exist` ab. Der Host hat stattdessen {others}: Die DRM-Nummerierung kann sich zwischen Starts und Kerneln ändern (siehe dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` existiert auf dem Host nicht; `pct start` bricht mit `Device {path} does not exist` ab. /dev/nvidia-uvm gibt es erst, wenn das Modul nvidia_uvm geladen und sein Knoten angelegt ist (siehe nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` existiert auf dem Host nicht; `pct start` bricht mit `Device {path} does not exist` ab. Das NVIDIA-Kernelmodul ist vermutlich nicht geladen (siehe nv.module).',
  'dev.path_missing.fix.repoint':
    'Den Eintrag auf den vorhandenen Knoten zeigen lassen, am besten über seinen stabilen by-path-Namen',
  'dev.path_missing.fix.create':
    'Dafür sorgen, dass das Gerät vor dem Start des Containers auf dem Host existiert, oder den Eintrag entfernen',
  'dev.not_device.file':
    '`{path}` ist auf dem Host eine reguläre Datei, kein Gerät (PVE: `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` ist auf dem Host ein Verzeichnis, kein Gerät (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Die Datei entfernen und udev den Knoten neu anlegen lassen; dann unter dev.conflict nachsehen, wie sie dorthin kam',
  'dev.node_renamed.gone':
    '`{path}` ist verschwunden, und der Host hat jetzt {others}: Die GPU wurde vermutlich neu nummeriert. Seit Kernel 5.14 belegt der simpledrm-Boot-Framebuffer oft zuerst card0, und die Nummern können sich zwischen Starts und Kernel-Upgrades ändern.',
  'dev.node_renamed':
    'Die Konfiguration nennt `{path}` über seine Nummer. Heute passt sie zum Host, aber die DRM-Nummerierung kann sich ändern (simpledrm belegt card0, Kernel-Upgrades, eine zweite GPU). VA-API, QSV und NVENC brauchen nur den Render-Knoten.',
  'dev.node_renamed.fix.bypath': 'Den stabilen by-path-Namen verwenden (oder den card-Knoten ganz weglassen)',
  'dev.node_renamed.fix.drop':
    'Den card-Knoten weglassen (der Render-Knoten genügt), oder /dev/dri/by-path-Namen verwenden',
  'dev.bypath':
    'PVE legt den Knoten im Container unter dem konfigurierten Pfad `{path}` an, nicht unter `{node}` (der autodev-Hook mountet auf /dev/<konfigurierter Pfad>). Anwendungen, die /dev/dri/renderD128 suchen, finden ihn nicht.',
  'dev.bypath.fix':
    'Die Anwendung auf den by-path-Knoten einstellen (Jellyfin „VA-API Device“, ffmpeg -vaapi_device, LIBVA_DRM_DEVICE, wo unterstützt), oder beim Start im Container einen Symlink anlegen',
  'dev.gid_default':
    '`{path}` wird im Container `root:root 0660` sein: Nur root im Container kann ihn nutzen; Dienste unter eigenem Benutzer (jellyfin, plex, immich, frigate, ollama) bekommen `Permission denied`.',
  'dev.gid_default.fix':
    'Dem Knoten die Gruppe {group} des Containers geben (Wert aus /etc/group des Containers, wenn er läuft)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` verwendet GID {gid}, die render-GID des HOSTS. Die GID in devN ist eine Container-GID: Sie muss die render-Gruppe im Container sein, die oft abweicht (Debian 12: 105, Ubuntu 24.04: 993). Starten Sie den Container, damit diese Prüfung sein /etc/group lesen kann.',
  'dev.gid_wrong_group.fix.lookup': 'Die GID im Container nachsehen und diese verwenden',
  'dev.gid_wrong_group.render':
    '`{key}` setzt GID {gid}, im Container ({os}) die Gruppe `{group}`; seine `render`-Gruppe ist {want}. Der Render-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` setzt GID {gid}, im Container ({os}) keine Gruppe; seine `render`-Gruppe ist {want}. Der Render-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` setzt GID {gid}, im Container ({os}) die Gruppe `{group}`; er hat keine `render`-Gruppe. Der Render-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` setzt GID {gid}, im Container ({os}) keine Gruppe; er hat keine `render`-Gruppe. Der Render-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.card':
    '`{key}` setzt GID {gid}, im Container ({os}) die Gruppe `{group}`; seine `video`-Gruppe ist {want}. Der card-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` setzt GID {gid}, im Container ({os}) keine Gruppe; seine `video`-Gruppe ist {want}. Der card-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` setzt GID {gid}, im Container ({os}) die Gruppe `{group}`; er hat weder eine `video`- noch eine `render`-Gruppe. Der card-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` setzt GID {gid}, im Container ({os}) keine Gruppe; er hat weder eine `video`- noch eine `render`-Gruppe. Der card-Knoten gehört daher der falschen Gruppe. (Die GID in devN ist eine Container-GID; die render-GID des Hosts spielt hier keine Rolle.)',
  'dev.gid_wrong_group.fix.create_group':
    'Zuerst die Gruppe {group} im Container anlegen (z. B. die GPU-Userspace-Pakete installieren), dann hier ihre GID setzen',
  'dev.gid_wrong_group.fix':
    '{key} auf die GID der Gruppe {group} des Containers setzen und den Container neu starten',
  'dev.id_unmapped.gid':
    '`gid={id}` ist in der lxc.idmap dieses Containers nicht zugeordnet, daher gibt PVE den Knoten der Host-GID {id}, und der Container sieht `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` ist in der lxc.idmap dieses Containers nicht zugeordnet, daher gibt PVE den Knoten der Host-UID {id}, und der Container sieht `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Eine zugeordnete GID verwenden (die render-Gruppe des Containers) oder die Zuordnung korrigieren (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Eine zugeordnete UID verwenden oder die Zuordnung korrigieren (idmap.gap)',
  'dev.nvidia_mode':
    'Auf dem Host haben die NVIDIA-Knoten 0666; über devN werden sie im Container zu `0660 root:{group}`, sodass Dienste außerhalb dieser Gruppe (ollama, jellyfin, immich …) sie nicht öffnen können.',
  'dev.nvidia_mode.users':
    'Auf dem Host haben die NVIDIA-Knoten 0666; über devN werden sie im Container zu `0660 root:{group}`, sodass Dienste außerhalb dieser Gruppe ({users}) sie nicht öffnen können.',
  'dev.nvidia_mode.fix':
    'mode=0666 zu den NVIDIA-devN-Einträgen hinzufügen (dieselbe Freigabe wie auf dem Host; der Treiber prüft selbst), oder die Dienstbenutzer in die Gruppe aufnehmen',
  'dev.kfd_gid':
    'ROCm erwartet /dev/kfd über die render-Gruppe zugänglich; hier ist es Gruppe {gid}. rocminfo/ollama melden für Benutzer, die nur in render sind, `Unable to open /dev/kfd read-write: Permission denied`.',
  'dev.kfd_gid.fix': '/dev/kfd die render-GID des Containers geben',
  'dev.conflict.twice':
    '`{first}` und `{second}` reichen beide `{path}` durch; das zweite mknod des autodev-Hooks trifft auf eine vorhandene Datei, und der Start schlägt fehl (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Einen Eintrag behalten',
  'dev.conflict.mount':
    '`{entry}` und ein `lxc.mount.entry` auf `{target}`: LXC führt Mount-Einträge vor dem autodev-Hook aus, dessen mknod dann auf eine vorhandene Datei trifft (`Could not mknod …: File exists`), und der Start scheitert mit `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` und ein `lxc.mount.entry` auf `{target}`: LXC führt Mount-Einträge vor dem autodev-Hook aus, dessen mknod dann auf eine vorhandene Datei trifft (`Could not mknod …: File exists`), und der Start scheitert mit `Script exited with status 17`. Bei einem Bind des ganzen Verzeichnisses schreibt der Hook sogar in das echte Verzeichnis des Hosts.',
  'dev.conflict.fix.remove_bind':
    'Für einen Knoten entweder devN oder rohe Einträge verwenden, nie beides; den rohen Bind entfernen',
  'dev.render_numbering':
    '{count, plural, one {Im Container ist nur {nodes} vorhanden. Die Standardsuche von libva beginnt bei renderD128 (intel/libva#540), daher können vainfo/ffmpeg ohne ausdrückliches Gerät scheitern.} other {Im Container sind nur {nodes} vorhanden. Die Standardsuche von libva beginnt bei renderD128 (intel/libva#540), daher können vainfo/ffmpeg ohne ausdrückliches Gerät scheitern.}}',
  'dev.render_numbering.fix':
    'Den Gerätepfad in der Anwendung einstellen (z. B. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'Der Container reicht /dev/kfd (AMD ROCm) durch, aber einen Render-Knoten eines anderen Herstellers. {nodes}.',
  'dev.vendor.fix': 'Den Render-Knoten der gewünschten GPU über seinen by-path-Namen durchreichen',
  'host.gpu_inventory':
    '{gpus}. Gruppen des Hosts: render {render}, video {video} (die render-GID des Hosts unterscheidet sich je nach PVE-Version – 104 auf PVE 7/8, 993 auf PVE 9 berichtet –, deshalb widersprechen sich Anleitungen; für devN zählt nur die GID des Containers).',
  'host.gpu_inventory.used':
    '{gpus}. Gruppen des Hosts: render {render}, video {video} (die render-GID des Hosts unterscheidet sich je nach PVE-Version – 104 auf PVE 7/8, 993 auf PVE 9 berichtet –, deshalb widersprechen sich Anleitungen; für devN zählt nur die GID des Containers). Dieser Container verwendet {used}.',
  'host.gpu_inventory.no_drm':
    'Keine DRM-Geräte gefunden. Gruppen des Hosts: render {render}, video {video} (die render-GID des Hosts unterscheidet sich je nach PVE-Version – 104 auf PVE 7/8, 993 auf PVE 9 berichtet –, deshalb widersprechen sich Anleitungen; für devN zählt nur die GID des Containers).',
  'host.gpu_inventory.no_drm.used':
    'Keine DRM-Geräte gefunden. Gruppen des Hosts: render {render}, video {video} (die render-GID des Hosts unterscheidet sich je nach PVE-Version – 104 auf PVE 7/8, 993 auf PVE 9 berichtet –, deshalb widersprechen sich Anleitungen; für devN zählt nur die GID des Containers). Dieser Container verwendet {used}.',
  'host.no_drm_node.vfio':
    'Die GPU {pci} ({vendor}) ist an vfio-pci gebunden (Durchreichung an eine VM), daher hat der Host keinen /dev/dri-Knoten, den er mit Containern teilen könnte. Eine GPU kann an VMs oder an Container gehen, nicht an beide.',
  'host.no_drm_node':
    'Die GPU {pci} ({vendor}) hat auf dem Host keinen funktionierenden Treiber, daher gibt es keinen Geräteknoten zum Durchreichen.',
  'host.no_drm_node.fix.vfio':
    'Die vfio-pci-Bindung per ids= bzw. die Verwendung in hostpciN entfernen, die initramfs neu bauen und neu starten',
  'host.no_drm_node.fix': 'Den Host-Treiber für diese GPU installieren und laden',
  'host.world_rw_nodes':
    '`{path}` hat auf dem Host {mode}. Jeder Benutzer des Hosts und jeder Container, der den Knoten sieht, kann die GPU verwenden.',
  'host.world_rw_nodes.card':
    '`{path}` hat auf dem Host {mode}. Jeder Benutzer des Hosts und jeder Container, der den Knoten sieht, kann die GPU verwenden; ein für alle beschreibbarer card-Knoten erlaubt zudem die Steuerung von Anzeige/KMS.',
  'host.world_rw_nodes.fix':
    'Die Regel entfernen, die den Modus erweitert, und Containern den Knoten über devN mit ihrer eigenen GID geben',
  'host.world_rw_nodes.rule': 'Eine udev-Regel macht GPU-Knoten auf dem Host für alle beschreibbar.',
  'host.world_rw_nodes.fix.rule':
    'Die Regel entfernen; Knoten stattdessen mit devN und der GID des Containers durchreichen',
  'host.prestart_chown':
    'Dieser Hook ändert bei jedem Start des Containers Besitzer oder Modus der Geräteknoten des HOSTS (`{hook}`). Mitglieder von render/video auf dem Host und jeder andere Container verlieren den Zugriff, bis udev ihn zurücksetzt.',
  'host.prestart_chown.fix':
    'Die Hooks löschen und devN verwenden: PVE legt eine private Kopie des Knotens mit dem gewünschten Besitzer an, statt den Knoten des Hosts zu ändern',
  'idmap.syntax':
    '`{line}` ist ungültig. LXC versteht nur `u` (Benutzer) und `g` (Gruppen), gefolgt von drei Zahlen und einer Anzahl über 0; PVE protokolliert `failed to parse idmap`, und der Container startet nicht.',
  'idmap.syntax.fix': 'Pro Bereich eine u- und eine g-Zeile schreiben (hier: die Standardbereiche)',
  'idmap.deprecated_key':
    '`lxc.id_map` ist der Name aus der Zeit vor LXC 3.0; PVE benennt ihn bei jedem Start mit einer Warnung um.',
  'idmap.deprecated_key.fix': 'Den Schlüssel in lxc.idmap umbenennen',
  'idmap.type_missing.uid':
    'Dieser Container hat eigene GID-Zuordnungen, aber keine UID-Zuordnungen. Sobald es eine `lxc.idmap`-Zeile gibt, fügt PVE für keine der beiden Arten mehr seine Standardwerte hinzu, daher haben UIDs gar keine Zuordnung.',
  'idmap.type_missing.gid':
    'Dieser Container hat eigene UID-Zuordnungen, aber keine GID-Zuordnungen. Sobald es eine `lxc.idmap`-Zeile gibt, fügt PVE für keine der beiden Arten mehr seine Standardwerte hinzu, daher haben GIDs gar keine Zuordnung.',
  'idmap.type_missing.fix.uid': 'Die vollständige Standardzuordnung für UIDs hinzufügen',
  'idmap.type_missing.fix.gid': 'Die vollständige Standardzuordnung für GIDs hinzufügen',
  'idmap.root_unmapped.uid':
    'root des Containers (UID 0) ist nicht zugeordnet; LXC kann den Container nicht einrichten (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'root des Containers (GID 0) ist nicht zugeordnet; LXC kann den Container nicht einrichten (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Die UID-Zuordnung bei 0 beginnen',
  'idmap.root_unmapped.fix.gid': 'Die GID-Zuordnung bei 0 beginnen',
  'idmap.overlap.ct_uid':
    "Zwei lxc.idmap-Zeilen ordnen dieselbe Container-UID {range} zu (`{first}` und `{second}`). PVE warnt `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; der Kernel lehnt überlappende Zuordnungen ab (`newuidmap: write to uid_map failed: Invalid argument`), und der Container startet nicht.",
  'idmap.overlap.ct_gid':
    "Zwei lxc.idmap-Zeilen ordnen dieselbe Container-GID {range} zu (`{first}` und `{second}`). PVE warnt `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; der Kernel lehnt überlappende Zuordnungen ab (`newgidmap: write to gid_map failed: Invalid argument`), und der Container startet nicht.",
  'idmap.overlap.host_uid':
    "Zwei lxc.idmap-Zeilen ordnen dieselbe Host-UID {range} zu (`{first}` und `{second}`). PVE warnt `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; der Kernel lehnt überlappende Zuordnungen ab (`newuidmap: write to uid_map failed: Invalid argument`), und der Container startet nicht.",
  'idmap.overlap.host_gid':
    "Zwei lxc.idmap-Zeilen ordnen dieselbe Host-GID {range} zu (`{first}` und `{second}`). PVE warnt `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; der Kernel lehnt überlappende Zuordnungen ab (`newgidmap: write to gid_map failed: Invalid argument`), und der Container startet nicht.",
  'idmap.overlap.fix.uid':
    'Den großen Bereich um die Ausnahme herum aufteilen; der ganze UID-Block, zum Einfügen bereit',
  'idmap.overlap.fix.gid':
    'Den großen Bereich um die Ausnahme herum aufteilen; der ganze GID-Block, zum Einfügen bereit',
  'idmap.gap.uid':
    '{count, plural, one {Container-UID {ids} ist nicht zugeordnet.} other {Container-UIDs {ids} sind nicht zugeordnet.}} Dateien mit diesen IDs erscheinen als `nobody`, und `chown` auf sie scheitert mit `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Container-GID {ids} ist nicht zugeordnet.} other {Container-GIDs {ids} sind nicht zugeordnet.}} Dateien mit diesen IDs erscheinen als `nogroup`, und `chgrp` auf sie scheitert mit `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {Container-UID {ids} ist nicht zugeordnet.} other {Container-UIDs {ids} sind nicht zugeordnet.}} Dateien mit diesen IDs erscheinen als `nobody`, und `chown` auf sie scheitert mit `Invalid argument`. Vermutlich ein Um-eins-daneben-Fehler, wo eine Zeile endet und die nächste beginnt: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Container-GID {ids} ist nicht zugeordnet.} other {Container-GIDs {ids} sind nicht zugeordnet.}} Dateien mit diesen IDs erscheinen als `nogroup`, und `chgrp` auf sie scheitert mit `Invalid argument`. Vermutlich ein Um-eins-daneben-Fehler, wo eine Zeile endet und die nächste beginnt: {hints}.',
  'idmap.gap.fix.uid':
    'Die benachbarten Bereiche erweitern; der ganze UID-Block ohne Lücken, zum Einfügen bereit',
  'idmap.gap.fix.gid':
    'Die benachbarten Bereiche erweitern; der ganze GID-Block ohne Lücken, zum Einfügen bereit',
  'idmap.host_root.uid':
    '`{line}` gibt dem Container den root-Benutzer des Hosts. Alles, was im Container unter dieser ID läuft, ist root auf dem Host; LXC überspringt für solche Zuordnungen sogar die Prüfung von /etc/subuid.',
  'idmap.host_root.gid':
    '`{line}` gibt dem Container die root-Gruppe des Hosts. Alles, was im Container unter dieser ID läuft, ist root auf dem Host; LXC überspringt für solche Zuordnungen sogar die Prüfung von /etc/subgid.',
  'idmap.host_root.fix': 'Host-ID 0 nie zuordnen; Geräte stattdessen mit devN durchreichen',
  'idmap.passthrough_ids':
    'In den Container durchgereichte Host-IDs: {ids}. Der Container kann jedes Objekt des Hosts öffnen, das diesen IDs gehört, und Dateien, die er mit ihnen anlegt, gehören diesen Host-IDs.',
  'idmap.passthrough_ids.sensitive':
    'In den Container durchgereichte Host-IDs: {ids}. Der Container kann jedes Objekt des Hosts öffnen, das diesen IDs gehört, und Dateien, die er mit ihnen anlegt, gehören diesen Host-IDs. Mindestens eine davon ist eine privilegierte Gruppe des Hosts.',
  'idmap.passthrough_ids.fix':
    'Für GPU-Zugriff besser devN mit der eigenen GID des Containers: Keine Host-ID muss geteilt werden (1:1-Zuordnungen nur für eingebundene Daten behalten)',
  'idmap.too_many_ranges.uid':
    '{count} UID-Bereiche: Der Kernel akzeptiert höchstens 340 Bereiche pro Zuordnung.',
  'idmap.too_many_ranges.gid':
    '{count} GID-Bereiche: Der Kernel akzeptiert höchstens 340 Bereiche pro Zuordnung.',
  'idmap.too_many_ranges.fix': 'Benachbarte Bereiche zusammenfassen',
  'idmap.mark.ct_group': '{name} (Container)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'durchgereicht → Host {host}',
  'idmap.mark.passthrough_named': 'durchgereicht → Host {host} ({name})',
  'mon.pmu_in_ct.title.nvidia': 'GPU-Überwachung in diesem Container',
  'mon.pmu_in_ct.nvidia':
    'NVIDIA-Werkzeuge (nvidia-smi, nvtop) verwenden NVML, nicht die perf-PMU, und funktionieren im Container, sobald die Bibliotheksversion passt – dort listen sie aber keine Prozesse (mon.nvml_pids). Nichts davon erfordert ein Herabsetzen von kernel.perf_event_paranoid oder einen privilegierten Container, was den ganzen Host schwächen würde. Dieser GPU-Tab zeigt die Auslastung des Containers pro Prozess, auf dem Host gelesen und per Cgroup zugeordnet.',
  'mon.pmu_in_ct.privileged':
    'Dieser Container ist privilegiert, deshalb funktioniert {tool} darin – weil sein root der root des Hosts ist. {tool} liest die PMU der GPU über perf_event_open() als CPU-weites Ereignis. Der Kernel erlaubt das nur Inhabern von CAP_PERFMON (oder CAP_SYS_ADMIN) im initialen User-Namespace des Hosts, solange kernel.perf_event_paranoid über 0 liegt (hier {paranoid}). root in einem unprivilegierten Container hat seine Capabilities nur in seinem eigenen User-Namespace, daher scheitert der Aufruf mit `Failed to initialize PMU! (Permission denied)` – und keine Änderung an setcap, lxc.cap.keep, AppArmor oder seccomp kann daran etwas ändern. Die zwei „Lösungen“ aus dem Netz schwächen den ganzen Host: Ein herabgesetztes kernel.perf_event_paranoid öffnet systemweite Leistungszähler für jeden Prozess auf dem Host und in jedem Container, und ein privilegierter Container macht seinen root zum root des Hosts. Dieser GPU-Tab zeigt dieselben Werte pro Engine für diesen Container ohne beides: Er liest sie auf dem Host aus /proc/<pid>/fdinfo und sysfs und ordnet sie per Cgroup zu. Im Container funktionieren fdinfo-basierte Werkzeuge (nvtop, amdgpu_top) ebenfalls für die eigenen Prozesse.',
  'mon.pmu_in_ct.lowered':
    '{tool} funktioniert in diesem Container womöglich nur, weil kernel.perf_event_paranoid auf dem Host {paranoid} ist (mon.paranoid_lowered). {tool} liest die PMU der GPU über perf_event_open() als CPU-weites Ereignis. Der Kernel erlaubt das nur Inhabern von CAP_PERFMON (oder CAP_SYS_ADMIN) im initialen User-Namespace des Hosts, solange kernel.perf_event_paranoid über 0 liegt (hier {paranoid}). root in einem unprivilegierten Container hat seine Capabilities nur in seinem eigenen User-Namespace, daher scheitert der Aufruf mit `Failed to initialize PMU! (Permission denied)` – und keine Änderung an setcap, lxc.cap.keep, AppArmor oder seccomp kann daran etwas ändern. Die zwei „Lösungen“ aus dem Netz schwächen den ganzen Host: Ein herabgesetztes kernel.perf_event_paranoid öffnet systemweite Leistungszähler für jeden Prozess auf dem Host und in jedem Container, und ein privilegierter Container macht seinen root zum root des Hosts. Dieser GPU-Tab zeigt dieselben Werte pro Engine für diesen Container ohne beides: Er liest sie auf dem Host aus /proc/<pid>/fdinfo und sysfs und ordnet sie per Cgroup zu. Im Container funktionieren fdinfo-basierte Werkzeuge (nvtop, amdgpu_top) ebenfalls für die eigenen Prozesse.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} kann in diesem unprivilegierten Container nicht funktionieren. {tool} liest die PMU der GPU über perf_event_open() als CPU-weites Ereignis. Der Kernel erlaubt das nur Inhabern von CAP_PERFMON (oder CAP_SYS_ADMIN) im initialen User-Namespace des Hosts, solange kernel.perf_event_paranoid über 0 liegt (hier {paranoid}). root in einem unprivilegierten Container hat seine Capabilities nur in seinem eigenen User-Namespace, daher scheitert der Aufruf mit `Failed to initialize PMU! (Permission denied)` – und keine Änderung an setcap, lxc.cap.keep, AppArmor oder seccomp kann daran etwas ändern. Die zwei „Lösungen“ aus dem Netz schwächen den ganzen Host: Ein herabgesetztes kernel.perf_event_paranoid öffnet systemweite Leistungszähler für jeden Prozess auf dem Host und in jedem Container, und ein privilegierter Container macht seinen root zum root des Hosts. Dieser GPU-Tab zeigt dieselben Werte pro Engine für diesen Container ohne beides: Er liest sie auf dem Host aus /proc/<pid>/fdinfo und sysfs und ordnet sie per Cgroup zu. Im Container funktionieren fdinfo-basierte Werkzeuge (nvtop, amdgpu_top) ebenfalls für die eigenen Prozesse.',
  'mon.pmu_in_ct.fix':
    'Nichts zu ändern: Für die GPU-Auslastung des Containers diesen Tab verwenden. perf_event_paranoid nicht herabsetzen und den Container nicht privilegiert machen.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} lässt jeden Prozess auf dem Host und in jedem Container systemweite Leistungszähler öffnen. Das wurde vermutlich gesetzt, damit intel_gpu_top in einem Container läuft; dieser Tab zeigt dieselben Werte ohne das.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} lässt jeden Prozess auf dem Host und in jedem Container systemweite Leistungszähler öffnen; -1 erlaubt zusätzlich Kernel-Profiling und rohe Tracepoints. Das wurde vermutlich gesetzt, damit intel_gpu_top in einem Container läuft; dieser Tab zeigt dieselben Werte ohne das.',
  'mon.paranoid_lowered.fix':
    'Die Einstellung entfernen (samt ihrer Zeile in /etc/sysctl.conf oder /etc/sysctl.d/*.conf) und auf dem Host überwachen',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` zeigen im Container keine Prozesse: Der NVIDIA-Treiber meldet Host-PIDs, die es im PID-Namespace des Containers nicht gibt. Auslastung und Speichersummen stimmen; dieser Tab ordnet Host-PIDs den Containern zu.',
  'mon.ineffective_workarounds':
    'Diese Einstellungen machen die Intel-PMU in einem unprivilegierten Container nicht verfügbar: `setcap cap_perfmon` im CT, `lxc.cap.keep`, ein uneingeschränktes AppArmor-Profil, ein leeres seccomp-Profil oder das Programm des Hosts über einen Bind-Mount. Der Kernel prüft CAP_PERFMON gegen den initialen User-Namespace des Hosts, den ein Container nie besitzen kann. Sie schwächen nur die Isolation – erwägen Sie, sie zu entfernen (siehe sec.*).',
  'mon.ineffective_workarounds.fix': 'Rückgängig machen',
  'mount.optional_missing':
    '`{path}` ist mit `optional` eingebunden, existiert aber auf dem Host nicht. LXC protokolliert `Failed to mount "{path}"` und startet den Container ohne – das Gerät verschwindet stillschweigend.',
  'mount.optional_missing.fix':
    'Dafür sorgen, dass die Quelle vor dem Start des Containers existiert (nv.uvm_lazy, dev.node_renamed), oder auf devN umstellen, das stattdessen laut scheitert',
  'mount.no_create':
    'Das Mount-Ziel `{target}` existiert im frischen /dev des Containers nicht; ohne `create=file` scheitert der Bind.',
  'mount.no_create.optional':
    'Das Mount-Ziel `{target}` existiert im frischen /dev des Containers nicht; ohne `create=file` scheitert der Bind (wegen optional stillschweigend).',
  'mount.no_create.fix': 'create=file hinzufügen',
  'mount.create_kind.dir': '`create={create}` passt nicht zur Quelle `{path}`, die ein Verzeichnis ist.',
  'mount.create_kind.file': '`create={create}` passt nicht zur Quelle `{path}`, die ein Geräteknoten ist.',
  'mount.create_kind.fix': 'create={create} verwenden',
  'mount.bad_path.relative_source':
    '`{path}` ist eine relative Quelle; sie ist nicht `/{path}` des Hosts, und der Mount wird übersprungen.',
  'mount.bad_path.absolute_target':
    'Das Ziel `{target}` ist absolut; LXC-Mount-Ziele sind relativ zum Wurzelverzeichnis des Containers (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` ist unter `{target}` eingebunden; Anwendungen suchen es in `{dir}`.',
  'mount.bad_path.fix': '/dev/X auf dev/X binden',
  'mount.duplicate': 'Zwei Einträge binden auf `{target}`; der spätere verdeckt den früheren.',
  'mount.duplicate.fix': 'Einen behalten',
  'mount.unmapped_owner':
    '`{path}` ist auf dem Host `{owner}`. Im Container erscheint er als `{ctOwner}`, und niemand dort – nicht einmal root – kann ihn öffnen.',
  'mount.unmapped_owner.gid':
    '`{path}` ist auf dem Host `{owner}`. Host-GID {gid} ist in diesem Container nicht zugeordnet, daher erscheint er als `{ctOwner}`, und niemand im Container – nicht einmal root – kann ihn öffnen.',
  'mount.unmapped_owner.fix':
    'Den rohen Eintrag durch devN mit der eigenen GID des Containers ersetzen (PVE legt einen privaten Knoten mit diesem Besitzer an). chmod 666 und Pre-Start-chown-Hooks vermeiden.',
  'mount.cosmetic':
    'Das angehängte `{tail}` stammt aus einer kopierten Anleitung. glibc liest es als 0 0, es ist also harmlos.',
  'mount.dri_dir':
    'Das ganze /dev/dri des Hosts ist sichtbar: jede GPU, die KMS-card-Knoten und by-path. Knoten sind nur nutzbar, wenn die Geräte-Cgroup sie erlaubt (cgroup.not_allowed); in unprivilegierten Containern erscheinen sie als nobody:nogroup, außer ihr Besitzer ist zugeordnet (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Nur die benötigten Render-Knoten mit devN durchreichen',
  'nv.module':
    'Das NVIDIA-Kernelmodul ist für Kernel {kernel} nicht geladen, daher existiert /dev/nvidia* nicht. Container mit devN starten nicht (`Device /dev/nvidia0 does not exist`); rohe optionale Mounts starten ohne die GPU. Das folgt meist auf ein Kernel-Upgrade, bei dem DKMS das Modul nicht gebaut hat.',
  'nv.module.fix': 'Die Header des laufenden Kernels installieren, das Modul neu bauen und neu starten',
  'nv.uvm_lazy.missing_devn':
    '`{path}` existiert gerade nicht. Mit devN ist ein fehlender Knoten fatal: `pct start` scheitert mit `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` existiert gerade nicht. Mit einem optionalen rohen Mount startet der Container ohne ihn, und CUDA scheitert darin.',
  'nv.uvm_lazy.module_only_devn':
    'Nichts auf diesem Host legt `{path}` beim Booten an (nvidia_uvm wird über modules-load.d geladen, aber der Knoten erscheint erst, wenn etwas zum ersten Mal CUDA nutzt). Mit devN ist ein fehlender Knoten fatal: `pct start` scheitert mit `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Nichts auf diesem Host legt `{path}` beim Booten an (nvidia_uvm wird über modules-load.d geladen, aber der Knoten erscheint erst, wenn etwas zum ersten Mal CUDA nutzt). Mit einem optionalen rohen Mount startet der Container ohne ihn, und CUDA scheitert darin.',
  'nv.uvm_lazy.no_creator_devn':
    'Nichts auf diesem Host legt `{path}` beim Booten an. Mit devN ist ein fehlender Knoten fatal: `pct start` scheitert mit `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Nichts auf diesem Host legt `{path}` beim Booten an. Mit einem optionalen rohen Mount startet der Container ohne ihn, und CUDA scheitert darin.',
  'nv.uvm_lazy.fix':
    'nvidia_uvm beim Booten laden und seine Knoten per udev-Regel anlegen (oder nvidia-persistenced aktivieren)',
  'nv.node_set.no_ctl':
    'Der Container hat /dev/nvidia<N>, aber kein /dev/nvidiactl; der Treiber braucht beide.',
  'nv.node_set.no_gpu': 'Der Container hat /dev/nvidiactl, aber keinen GPU-Knoten /dev/nvidia<N>.',
  'nv.node_set.fix.add': '{path} hinzufügen',
  'nv.node_set.no_uvm':
    'Kein /dev/nvidia-uvm: NVENC/NVDEC funktionieren, aber CUDA (ollama, immich-ml, TensorRT) braucht es.',
  'nv.node_set.fix.uvm':
    '/dev/nvidia-uvm hinzufügen (und sicherstellen, dass es beim Booten existiert, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'Im Container wurden keine NVIDIA-Userspace-Bibliotheken (libnvidia-ml, libcuda) gefunden; Version {version} ohne das Kernelmodul installieren.',
  'nv.version_mismatch.fix.install': 'Den passenden Userspace-Treiber im Container installieren',
  'nv.version_mismatch':
    'Treiber des Hosts {version}, Bibliotheken im Container {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Das tritt nach jedem Treiber-Update auf dem Host auf.',
  'nv.version_mismatch.fix':
    'Dieselbe Version ohne den Kernelteil im Container installieren; den Treiber des Hosts festhalten, damit sie nicht auseinanderlaufen',
  'nv.kernel_pkgs_in_ct':
    'Der Container hat NVIDIA-Kernelmodul-Pakete ({packages}); ein Container kann keine Module laden, und DKMS-Builds scheitern bei jedem Update.',
  'nv.kernel_pkgs_in_ct.fix': 'Entfernen; nur die Userspace-Bibliotheken behalten',
  'nv.ctk_cgroups':
    'Docker in diesem unprivilegierten Container kann keine Geräte-Cgroups verwalten; ältere Toolkit-Versionen scheitern mit `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'no-cgroups = true in [nvidia-container-cli] setzen und die Geräteknoten ausdrücklich an den Docker-Container übergeben',
  'sec.privileged_gpu':
    'Dieser privilegierte Container läuft als root des Hosts und hat die GPU. Seit PVE 8.1 reicht devN GPUs an unprivilegierte Container durch; LXC hält privilegierte Container für unsicher und behandelt Ausbrüche aus ihnen nicht als Sicherheitsproblem.',
  'sec.privileged_gpu.fix':
    'Sichern und als unprivilegierten Container wiederherstellen, dann die GPU mit devN und den GIDs des Containers durchreichen',
  'sec.apparmor_unconfined':
    'Die AppArmor-Einschränkung ist aus. GPU-Durchreichung braucht das nicht; es stammt meist aus Anleitungen für Docker in LXC.',
  'sec.apparmor_unconfined.privileged':
    'Die AppArmor-Einschränkung ist in einem privilegierten Container aus, dessen root der root des Hosts ist. GPU-Durchreichung braucht das nicht; es stammt meist aus Anleitungen für Docker in LXC.',
  'sec.apparmor_unconfined.fix': 'Die Zeile entfernen; für Docker „features: nesting=1,keyctl=1“ verwenden',
  'sec.seccomp_off.replaced':
    'Der Syscall-Filter des Containers wurde ersetzt. PVE überspringt dann seine eigenen erzeugten Regeln (`explicitly configured lxc.seccomp.profile overrides the following settings`). Für GPU-Nutzung nicht nötig.',
  'sec.seccomp_off.disabled':
    'Der Syscall-Filter des Containers wurde abgeschaltet. PVE überspringt dann seine eigenen erzeugten Regeln (`explicitly configured lxc.seccomp.profile overrides the following settings`), und common.seccomp von LXC (das Laden von Modulen, kexec_load und open_by_handle_at sperrt) fällt weg. Für GPU-Nutzung nicht nötig.',
  'sec.cap_drop_empty':
    'Ein leeres lxc.cap.drop ändert hier nichts: Für unprivilegierte Container beginnt userns.conf von LXC ohnehin mit allen Capabilities innerhalb des User-Namespace.',
  'sec.cap_drop_empty.privileged':
    'Ein leeres lxc.cap.drop behält sys_module, sys_rawio, sys_time, mac_admin und mac_override, die common.conf von LXC entfernt: root im Container kann Kernelmodule laden und auf dem Host roh auf E/A zugreifen.',
  'sec.cap_keep':
    '`lxc.cap.keep` beschränkt nur, welche Capabilities der Container in seinem eigenen User-Namespace behält; es kann CAP_PERFMON/CAP_SYS_ADMIN auf dem Host nicht hinzufügen. Fehlen nötige Capabilities, kann es das init des Containers brechen.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` ersetzt in einem privilegierten Container die Drop-Liste von LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` behält in einem privilegierten Container Capabilities auf Host-Ebene wie sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` teilt ein Systemverzeichnis des Hosts mit dem Container. pct.adoc: „Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.“ In diesem unprivilegierten Container lassen sich Dateien im Besitz von root des Hosts nicht ändern, aber Programme des Hosts und ihre Versionen liegen offen.',
  'sec.system_dir_bind.privileged':
    '`{path}` teilt ein Systemverzeichnis des Hosts mit dem Container. pct.adoc: „Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.“ In diesem privilegierten Container kann er Dateien des Hosts ersetzen.',
  'sec.system_dir_bind.fix':
    'Die nötigen Werkzeuge im Container installieren; nur eigene Datenverzeichnisse einbinden (z. B. unter /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys oder /sys sind im Container beschreibbar.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys oder /sys sind im Container beschreibbar; in einem privilegierten Container ändert das Kernel-Einstellungen des Hosts.',
  'sec.proc_sys_rw.fix':
    'Die Zeile entfernen; wo wirklich nötig, die „features“-Optionen (force_rw_sys=1) verwenden',
  'sec.host_binary_bind':
    '`{path}` ist ein in den Container eingebundenes Programm oder eine Bibliothek des Hosts; es muss zur libc des Containers passen und bricht bei Upgrades des Hosts stillschweigend.',
  'sec.host_binary_bind.fix': 'Die passenden Pakete im Container installieren (nv.version_mismatch)',
  'intel.huc':
    'Die HuC-Firmware ist auf {pci} nicht geladen, daher ist stromsparende Kodierung (VDEnc) nicht verfügbar; auf reinen LP-GPUs (Jasper Lake, Elkhart Lake, Arc, Meteor Lake und neuer) heißt das: gar keine H.264/HEVC-Hardwarekodierung.',
  'intel.huc.forced':
    'Die HuC-Firmware ist auf {pci} nicht geladen, daher ist stromsparende Kodierung (VDEnc) nicht verfügbar; auf reinen LP-GPUs (Jasper Lake, Elkhart Lake, Arc, Meteor Lake und neuer) heißt das: gar keine H.264/HEVC-Hardwarekodierung. i915 ist auf enable_guc={value} festgelegt.',
  'intel.huc.fix':
    'pve-firmware aktuell halten; enable_guc=2 nur auf älteren Plattformen setzen, die es brauchen (nie dort, wo 3 der Standard ist), dann die initramfs aktualisieren und neu starten',
  'intel.sriov_vf':
    '`{path}` gehört zu einer virtuellen SR-IOV-Funktion: Auf VFs gibt es die i915-PMU nicht (`PMU not supported for this GPU`), daher lässt sich die Engine-Auslastung nur auf der physischen Funktion lesen.',
  'intel.sriov_vf.fix': 'Die physische Funktion auf dem Host überwachen',
  'amd.kfd': 'VA-API braucht nur den Render-Knoten, ROCm/HIP (ollama, PyTorch) aber auch /dev/kfd.',
  'amd.kfd.compute':
    'VA-API braucht nur den Render-Knoten, ROCm/HIP (ollama, PyTorch) aber auch /dev/kfd, und dieser Container sieht nach Berechnungen aus.',
  'amd.kfd.fix': '/dev/kfd mit der render-GID des Containers durchreichen',
  'subid.not_allowed.uid':
    '`{file}` erlaubt root nicht, Host-UID {ids} zuzuordnen (benötigt von `lxc.idmap: {entry}`). Der Container startet nicht: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` erlaubt root nicht, Host-GID {ids} zuzuordnen (benötigt von `lxc.idmap: {entry}`). Der Container startet nicht: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` existiert nicht (benötigt von `lxc.idmap: {entry}`). Der Container startet nicht: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` existiert nicht (benötigt von `lxc.idmap: {entry}`). Der Container startet nicht: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'An {file} anhängen (kein Neustart des Hosts nötig; den Container neu starten)',
  'subid.typo_file': '`{file}` wird von nichts gelesen; newuidmap/newgidmap lesen `{right}`.',
  'subid.typo_file.fix': 'Seine Zeilen nach {right} verschieben',
  'subid.nss':
    'Untergeordnete IDs kommen auf diesem Host aus einem NSS-Modul; das Panel kann sie nicht anhand von /etc/subuid und /etc/subgid prüfen.',
  'check.pass': 'Nichts zu melden.',
  'check.could_not_run': 'Diese Prüfung konnte nicht laufen: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` ist ein cgroup-v1-Schlüssel. Dieser Host verwendet cgroup v2, daher wirkt die Zeile nicht – und ein unprivilegierter Container braucht ohnehin keine Erlaubnisregel: Seit PVE 7.0 erlaubt seine Geräte-Cgroup jedes Gerät, und Besitzer und Modus des Knotens entscheiden. PVE protokolliert `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} wird von `{line}` gesperrt: Die Datei ist im Container sichtbar, doch jedes open() liefert `Operation not permitted`.} other {{nodes} werden von `{line}` gesperrt: Die Dateien sind im Container sichtbar, doch jedes open() liefert `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Die deny-Zeile entfernen (oder so eingrenzen, dass sie das Gerät nicht mehr trifft)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` ist für unprivilegierte Container seit PVE 7.0 ohnehin Standard (userns.conf.d/01-pve.conf von pve-container): Die Zeile ändert nichts. Was der Container öffnen kann, entscheiden Besitzer und Modus der Knoten.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} ist eingebunden, aber die Geräte-Cgroup erlaubt ihn nicht: open() liefert `Operation not permitted`. Für VA-API oder Berechnungen braucht der Container ihn nicht.} other {{nodes} sind eingebunden, aber die Geräte-Cgroup erlaubt sie nicht: open() liefert `Operation not permitted`. Für VA-API oder Berechnungen braucht der Container sie nicht.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` erlaubt root nicht, Host-UID {ids} zuzuordnen, die die ID-Zuordnung braucht.} other {`{file}` erlaubt root nicht, die {count} Host-UID-Bereiche zuzuordnen, die die ID-Zuordnung braucht: {ids}.}} Der Container startet nicht: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` erlaubt root nicht, Host-GID {ids} zuzuordnen, die die ID-Zuordnung braucht.} other {`{file}` erlaubt root nicht, die {count} Host-GID-Bereiche zuzuordnen, die die ID-Zuordnung braucht: {ids}.}} Der Container startet nicht: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.config_syntax.duplicate':
    '`{key}` ist zweimal gesetzt (Zeilen {first} und {line}); PVE behält nur den letzten Wert.',
  'ct.config_syntax.inline_comment':
    'Zeile {line}: Der Wert von `{key}` enthält einen `#`-Kommentar. PVE und LXC entfernen ihn nicht: Er wird Teil des Werts.',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Die Treiber der Beschleuniger sind auf dem Host geladen',
  'acc.usb_single_device.title':
    'USB-Beschleuniger werden über ihren Bus durchgereicht, nicht über eine Gerätenummer',
  'acc.usb_access.title': 'Der Container kann den Coral USB öffnen',
  'acc.driver.coral':
    'Auf dem Host fehlt: {paths}. Der Coral-PCIe-Treiber (`apex`, der `gasket` braucht) ist nicht geladen, obwohl die Karte vorhanden ist ({pci}). Googles Paket `gasket-dkms` lässt sich ab Kernel 6.5 nicht mehr bauen, daher geht das Modul nach einem Kernel-Update oft verloren.',
  'acc.driver.coral_no_card':
    'Auf dem Host fehlt: {paths}. Am PCI-Bus ist keine Coral-PCIe-Karte zu sehen, und ihr Treiber (`apex`) ist nicht geladen.',
  'acc.driver.hailo':
    'Auf dem Host fehlt: {paths}. Der Hailo-PCIe-Treiber (`hailo_pci`) ist nicht geladen, obwohl die Karte vorhanden ist ({pci}).',
  'acc.driver.hailo_no_card':
    'Auf dem Host fehlt: {paths}. Am PCI-Bus ist keine Hailo-Karte zu sehen, und `hailo_pci` ist nicht geladen.',
  'acc.driver.npu_intel':
    'Auf dem Host fehlt: {paths}. Der Intel-NPU-Treiber (`intel_vpu`, ab Linux 6.3, mit der NPU-Firmware) ist nicht geladen, obwohl die NPU vorhanden ist ({pci}).',
  'acc.driver.npu_amd':
    'Auf dem Host fehlt: {paths}. Der AMD-NPU-Treiber (`amdxdna`, ab Linux 6.14) ist nicht geladen, obwohl die NPU vorhanden ist ({pci}).',
  'acc.driver.npu':
    'Auf dem Host fehlt: {paths}. Kein NPU-Treiber (`intel_vpu`, `amdxdna`) ist geladen, und am PCI-Bus ist keine NPU zu sehen.',
  'acc.driver.kfd':
    'Auf dem Host fehlt: {paths}. `amdgpu`, das ROCms `/dev/kfd` bereitstellt, ist nicht geladen.',
  'acc.driver.unbound':
    'Auf dem Host fehlt: {paths}. Die Karte an {pci} ({id}) ist nicht an `{module}` gebunden (gebundener Treiber: {driver}): Ein Treiber für ein anderes Modell hält sie, oder gar keiner.',
  'acc.driver.fix.coral':
    'Den Coral-Treiber für den laufenden Kernel bauen (ein `gasket-dkms`, das darauf baut, etwa die Pakete von feranick/gasket-driver, und die Kernel-Header), dann `apex` laden',
  'acc.driver.fix.hailo':
    'Den `hailort-pcie-driver` in der HailoRT-Version installieren, die der Container nutzt, dann `{module}` laden',
  'acc.driver.fix.npu': '`{module}` laden (`dmesg` nennt fehlende NPU-Firmware)',
  'acc.driver.fix.kfd': '`amdgpu` laden; `/dev/kfd` kommt damit',
  'acc.usb_single_device':
    '{path} ({id}) wird als einzelner USB-Geräteknoten durchgereicht: Seine Nummer ändert sich bei jedem Umstecken und Host-Neustart, und der Eintrag zeigt dann ins Leere oder auf ein anderes Gerät.',
  'acc.usb_single_device.coral':
    '{path} ist ein Coral USB ({id}), durchgereicht als einzelner Geräteknoten. Der Coral meldet sich neu an, sobald seine Firmware geladen ist (aus 1a6e:089a „Global Unichip“ wird 18d1:9302 „Google“), und zwar unter einer neuen Gerätenummer; der Knoten im Container veraltet, und es wird keine Edge TPU gefunden.',
  'acc.usb_single_device.moved':
    '{path} existiert nicht mehr: Der Coral USB hat sich neu angemeldet und ist jetzt {now} ({id}). Ein Eintrag für ein einzelnes Gerät kann ihm nicht folgen: Der Container startet nicht (devN) oder ohne die TPU (Bind).',
  'acc.usb_single_device.gone':
    '{path} existiert nicht mehr: USB-Gerätenummern ändern sich bei jeder Neuanmeldung, jedem Umstecken und jedem Neustart.',
  'acc.usb_single_device.fix':
    'Stattdessen das ganze USB-Bus-Verzeichnis einbinden, damit das Gerät unter jeder Nummer erreichbar ist, die es bekommt',
  'acc.usb_single_device.fix.coral':
    'Stattdessen das ganze USB-Bus-Verzeichnis einbinden und auf dem Host eine udev-Regel anlegen, damit der unprivilegierte Container beide Coral-IDs öffnen kann',
  'acc.usb_access':
    '{path} (Coral USB, {id}) gehört auf dem Host {owner}; der unprivilegierte Container sieht {ctOwner} und kann ihn nicht zum Schreiben öffnen, daher findet libedgetpu keine Edge TPU. Der Knoten nach der Neuanmeldung bekommt denselben Besitzer.',
  'acc.usb_access.fix':
    'Auf dem Host eine udev-Regel anlegen, die beiden Coral-USB-IDs (1a6e:089a und 18d1:9302) den Modus 0666 gibt, dann udev neu auslösen',
  'acc.usb_access.minor':
    'Die Geräte-Cgroup lässt {path} nur als {devt} durch, die heutige Nummer des Coral USB. Meldet er sich neu an (aus 1a6e:089a wird 18d1:9302), bekommt er die nächste Nummer am Bus, und open() im Container scheitert mit EPERM.',
  'acc.usb_access.fix.minor': 'Jede USB-Gerätenummer (Major 189) erlauben statt einer einzelnen',
  'acc.driver.hailo_other':
    'Auf dem Host fehlt: {paths}. `{other}` ist geladen, treibt aber den Hailo-10H; diese Karte ({pci}, ein Hailo-8/8L) braucht `hailo_pci`, und das ist nicht geladen.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Was Hooks und Hookscripts mit Geräten tun',
  'ct.hook_script.ops':
    '`{hook}` läuft vor dem Start des Containers und tut mit Geräten Folgendes: {ops}. Die Prüfungen bewerten die Knoten so, wie sie danach sind.',
  'ct.hook_script.opaque':
    '`{hook}` tut mit Geräten Dinge, denen dieses Panel nicht folgen kann ({lines}). Die Urteile über die betroffenen Knoten hängen davon ab, was es tut.',
  'ct.hook_script.unreadable':
    'Das Skript von `{hook}` ({path}) konnte nicht vollständig gelesen werden. Die Urteile über die Geräteknoten hängen davon ab, was es tut.',
  'ct.hook_script.missing':
    '`{hook}`: {path} existiert nicht oder ist keine reguläre Datei. PVE oder LXC können es nicht ausführen, und der Container startet nicht.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} ist nicht ausführbar. PVE oder LXC können es nicht ausführen (`is not executable`), und der Container startet nicht.',
  'ct.hook_script.fix.missing': 'Das Skript wiederherstellen und ausführbar machen, oder den Hook entfernen',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` legt {nodes} mit mknod in einem unprivilegierten Container an. Sein User-Namespace darf keine Geräteknoten anlegen (`Operation not permitted`), daher fehlt der Knoten.} other {`{hook}` legt {nodes} mit mknod in einem unprivilegierten Container an. Sein User-Namespace darf keine Geräteknoten anlegen (`Operation not permitted`), daher fehlen die Knoten.}}',
  'ct.hook_script.fix.devn':
    'Die Knoten stattdessen mit devN-Einträgen durchreichen: PVE legt sie im Container an',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Ein Hook legt {nodes} an, aber die Geräte-Cgroup erlaubt ihn nicht: open() liefert `Operation not permitted`.} other {Ein Hook legt {nodes} an, aber die Geräte-Cgroup erlaubt sie nicht: open() liefert `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'Der nvidia-Hook von LXC kann laufen',
  'nv.lxc_hook':
    'Der nvidia-Hook von LXC bindet bei jedem Start die NVIDIA-Geräteknoten ({devices}) und die Bibliotheken des Host-Treibers in den Container ein (`nvidia-container-cli`), daher passen die Treiberbibliotheken des Containers immer zum Kernelmodul des Hosts.',
  'nv.lxc_hook.missing':
    '{path} existiert auf diesem Host nicht: Der Mount-Hook kann nicht laufen, und der Container startet nicht.',
  'nv.lxc_hook.not_mount':
    'Der nvidia-Hook von LXC ist als `{key}` eingetragen. Er funktioniert nur als `lxc.hook.mount` und bricht sonst mit `This hook must be used as a "mount" hook` ab: Der Container startet nicht.',
  'nv.lxc_hook.privileged':
    'Der nvidia-Hook von LXC funktioniert nur in unprivilegierten Containern (`This hook currently only works in unprivileged mode`). In diesem privilegierten Container schlägt er fehl, und der Container startet nicht.',
  'nv.lxc_hook.no_cli':
    'Der nvidia-Hook von LXC ruft `nvidia-container-cli` auf, das auf diesem Host fehlt (`Missing tool nvidia-container-cli`): Der Container startet nicht.',
  'nv.lxc_hook.no_env':
    'Der nvidia-Hook von LXC tut nichts, solange `lxc.environment` die Variable `NVIDIA_VISIBLE_DEVICES` nicht auf einen Wert außer leer oder `void` setzt: Kein NVIDIA-Knoten und keine Bibliothek erreicht den Container.',
  'nv.lxc_hook.fix.cli': 'Das Paket installieren, das es bereitstellt',
  'nv.lxc_hook.fix.mount': 'Den Hook als Mount-Hook verwenden',
  'nv.lxc_hook.fix.privileged':
    'Den Hook entfernen und die NVIDIA-Knoten mit devN durchreichen, oder einen unprivilegierten Container verwenden',
  'nv.lxc_hook.fix.env': 'Die Variablen setzen, die der Hook liest',
  'ct.generated_config.title': 'Was LXC beim letzten Start angewendet hat',
  'ct.generated_config.extra':
    '{count, plural, one {LXC hat beim letzten Start eine Zeile angewendet, die nicht in der Konfiguration steht (ein Hook hat sie geschrieben, oder sie wurde seitdem entfernt): {lines}.} other {LXC hat beim letzten Start {count} Zeilen angewendet, die nicht in der Konfiguration stehen (ein Hook hat sie geschrieben, oder sie wurden seitdem entfernt): {lines}.}} Die Prüfungen dieses laufenden Containers bewerten, was LXC angewendet hat (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {Eine Zeile der Konfiguration wurde beim letzten Start nicht angewendet (sie kam danach hinzu): {lines}. Sie wirkt nach einem Neustart des Containers; bis dahin bewerten die Prüfungen den Container ohne sie.} other {{count} Zeilen der Konfiguration wurden beim letzten Start nicht angewendet (sie kamen danach hinzu): {lines}. Sie wirken nach einem Neustart des Containers; bis dahin bewerten die Prüfungen den Container ohne sie.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {Das Hookscript {script} fügt bei jedem Start eine Zeile zur generierten Konfiguration hinzu: {lines}. Die Prüfungen zählen sie als angewendet.} other {Das Hookscript {script} fügt bei jedem Start {count} Zeilen zur generierten Konfiguration hinzu: {lines}. Die Prüfungen zählen sie als angewendet.}}',
  'ct.read_limits.title': 'Dateien im Container wurden vollständig gelesen',
  'ct.read_limits':
    '{count, plural, one {Eine Datei im Container konnte nicht vollständig gelesen werden: {paths}.} other {{count} Dateien im Container konnten nicht vollständig gelesen werden: {paths}.}} Die Urteile von {checks} beruhen auf dem Gelesenen und können falsch sein.',
  'ct.config_syntax.lxc_unknown_key':
    'Zeile {line}: `{key}` ist kein Schlüssel, den PVE an LXC weitergibt. PVE verwirft die Zeile (`unable to parse config`), sie hat also keine Wirkung.',
  'ct.config_syntax.lxc_removed_key':
    'Zeile {line}: `{key}` wurde in LXC 3.0 entfernt (jetzt `{new}`). PVE gibt ihn weiter, und LXC verweigert den Start des Containers.',
  'ct.config_syntax.cgroup_key':
    'Zeile {line}: `{key}` ist kein Schlüssel für Geräteregeln (`lxc.cgroup2.devices.allow` oder `lxc.cgroup2.devices.deny`). LXC kann ihn nicht anwenden, und der Container startet nicht.',
  'ct.config_syntax.cgroup_rule':
    'Zeile {line}: `{value}` ist keine Geräteregel, die LXC lesen kann (`a`, oder `c` bzw. `b`, gefolgt von `major:minor` und `rwm`). Der Container startet nicht.',
  'ct.config_syntax.mount_fields':
    'Zeile {line}: `{value}` hat weniger als die vier Felder eines Mount-Eintrags (Quelle, Ziel, Typ, Optionen). Das Einhängen schlägt fehl, und der Container startet nicht.',
  'host.prestart_chown.fix.script':
    'Diese Befehle aus {script} löschen und die Knoten mit devN durchreichen: PVE gibt dem Container eine eigene Kopie jedes Knotens mit dem gewünschten Besitzer',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'Der Container kann eine MIG-Instanz öffnen',
  'nv.mig_caps.none':
    'MIG ist für {gpu} aktiv ({count, plural, one {eine GPU-Instanz} other {{count} GPU-Instanzen}}: {instances}), aber der Container hat keinen ihrer Capability-Knoten. Über {gpu} allein findet CUDA kein Gerät: Eine MIG-Instanz wird über den Zugriffsknoten ihrer GPU-Instanz und den einer ihrer Compute-Instanzen geöffnet, `/dev/nvidia-caps/nvidia-cap<minor>` (Minor-Nummern in `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'Der Container hat nur einen Teil der GPU-Instanz {gi} von {gpu}; es fehlt: {nodes}. Eine MIG-Instanz braucht den Zugriffsknoten ihrer GPU-Instanz und den einer ihrer Compute-Instanzen.',
  'nv.mig_caps.blocked':
    '{count, plural, one {Der MIG-Capability-Knoten {nodes} ist eingebunden, aber die Geräte-Cgroup erlaubt ihn nicht} other {Die MIG-Capability-Knoten {nodes} sind eingebunden, aber die Geräte-Cgroup erlaubt sie nicht}}: CUDA kann keine Instanz von {gpu} öffnen.',
  'nv.mig_caps.fix.add':
    'Die Zugriffsknoten der GPU-Instanz {gi} und ihrer Compute-Instanz {ci} durchreichen',
  'nv.mig_caps.fix.allow': 'Die Capability-Knoten in der Geräte-Cgroup erlauben',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Für diese GPU gibt es noch keine Messung.',
  'collector.msg.stale': 'Seit {seconds} s keine gültige Messung: Diese Werte stammen von damals.',
  'collector.msg.stale_why':
    'Seit {seconds} s keine gültige Messung ({why}): Diese Werte stammen von damals.',
  'collector.msg.suspended': 'Die GPU ist im Runtime-Suspend (untätig); sie wird zum Auslesen nicht geweckt.',
  'collector.msg.legacy_amdgpu':
    'Dieser Kernel schreibt das amdgpu-fdinfo-Format vor 5.19 (Linux 5.14–5.18, z. B. PVE 7.2–7.4): Auslastung pro Prozess wird nicht unterstützt; auf einen Kernel von PVE 8 aktualisieren.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {{count} Prozess konnte nicht gelesen werden (Zugriff verweigert): den Dienst als root ausführen.} other {{count} Prozesse konnten nicht gelesen werden (Zugriff verweigert): den Dienst als root ausführen.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} Prozess hält Dateien auf einem Dateisystem, das nicht antwortet (ein hängender FUSE- oder NFS-Mount); diese Dateien werden übersprungen.} other {{count} Prozesse halten Dateien auf einem Dateisystem, das nicht antwortet (ein hängender FUSE- oder NFS-Mount); diese Dateien werden übersprungen.}}',
  'collector.msg.nvidia_starting': 'nvidia-smi wird gestartet.',
  'collector.msg.nvidia_missing_package':
    '{command} nicht gefunden: Auf diesem Host fehlen die NVIDIA-Treiberwerkzeuge (Debian-Paket `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} nicht gefunden.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` ist fehlgeschlagen ({error}).',
  'collector.msg.nvidia_no_index_fields':
    'nvidia-smi kennt die Abfragefelder `index` und `pci.bus_id` nicht.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} wurde beendet ({why}); Neustart in {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} antwortet nicht mehr; Neustart.',
  'collector.msg.nvidia_mismatch':
    'NVIDIA-Treiber und -Bibliotheken passen nicht zusammen: Das geladene Kernelmodul weicht von den installierten Bibliotheken ab – meist nach einem Treiber-Update ohne Neustart. Den Host neu starten (oder die nvidia-Module neu laden).',
  'collector.msg.nvidia_mismatch_versions':
    'NVIDIA-Treiber und -Bibliotheken passen nicht zusammen (NVML im Userspace {nvml}, geladenes Kernelmodul {module}): Das geladene Kernelmodul weicht von den installierten Bibliotheken ab – meist nach einem Treiber-Update ohne Neustart. Den Host neu starten (oder die nvidia-Module neu laden).',
  'collector.msg.nvidia_mismatch_nvml':
    'NVIDIA-Treiber und -Bibliotheken passen nicht zusammen (NVML im Userspace {nvml}): Das geladene Kernelmodul weicht von den installierten Bibliotheken ab – meist nach einem Treiber-Update ohne Neustart. Den Host neu starten (oder die nvidia-Module neu laden).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi hat auf diesem Host keine NVIDIA-GPU gefunden.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi erreicht den NVIDIA-Treiber nicht: Das Kernelmodul ist nicht geladen.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi hat ein Abfragefeld abgelehnt: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi ist fehlgeschlagen: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon wird auf dieser GPU nicht unterstützt.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon antwortet für diese GPUs mit "Not supported on the device(s)" (einige GeForce-, vGPU- und MIG-Konfigurationen): Die Auslastung pro Prozess ist unbekannt; der Speicher pro Prozess kommt aus `--query-compute-apps`, und die ganze GPU wird wie gewohnt gemessen.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi führt diese GPU nicht auf.',
  'collector.msg.nvidia_not_running': 'nvidia-smi läuft für diese GPU nicht.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi hat diese GPU seit {seconds} s nicht gemeldet: Die Werte stammen von damals.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} hat in {seconds} s nichts ausgegeben; Neustart mit längerer Wartezeit. Ohne Persistenzmodus richtet der Treiber die GPUs erst für das erste Programm ein, das sie öffnet, und das kann Dutzende Sekunden dauern: `nvidia-persistenced` ausführen.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'existiert nicht',
  'evidence.exists': 'existiert',
  'evidence.pve_default_map': 'Standard-Zuordnung von PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'kein Eintrag für root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} uid-Zeile} other {{count} uid-Zeilen}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} gid-Zeile} other {{count} gid-Zeilen}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (einheitliche Hierarchie)',
  'evidence.cgroup.hybrid': 'cgroup v1 und v2 nebeneinander (hybrid)',
  'evidence.cgroup.unknown': 'cgroup-Aufbau nicht erkannt',
  'evidence.apparmor.enabled': 'AppArmor ist aktiviert',
  'evidence.apparmor.disabled': 'AppArmor ist deaktiviert',
  'evidence.no_driver': 'kein Treiber gebunden',
  'evidence.pci_no_driver': '{id}: kein Treiber gebunden',
  'evidence.node.char': 'Zeichengerät {devt}',
  'evidence.node.block': 'Blockgerät {devt}',
  'evidence.node.file': 'reguläre Datei, kein Geräteknoten',
  'evidence.node.dir': 'Verzeichnis, kein Geräteknoten',
  'evidence.no_group_gid': 'keine Gruppe hat die gid {gid}',
  'evidence.no_group_name': 'keine Gruppe {group}',
  'evidence.uvm_listed': '`nvidia_uvm` ist eingetragen',
  'evidence.uvm_not_listed': '`nvidia_uvm` ist nicht eingetragen',
  'evidence.no_cgroups_unset': '`no-cgroups` ist nicht gesetzt',
  'evidence.docker_dir': 'Datenverzeichnis von Docker vorhanden',
  'evidence.no_vaapi_driver': 'kein VA-API-Treiber (`*_drv_video.so`)',
  'evidence.read.denied': 'Zugriff verweigert',
  'evidence.read.not_regular': 'keine reguläre Datei',
  'evidence.read.not_directory': 'kein Verzeichnis',
  'evidence.read.symlink': 'symbolischer Link, nicht verfolgt',
  'evidence.read.error': 'Lesefehler',
  'evidence.read.timeout': 'keine Antwort innerhalb der Frist',
  'evidence.read.truncated': 'größer als die Größengrenze, teilweise gelesen',
  'evidence.unreadable': 'konnte nicht gelesen werden',
  'evidence.module_not_loaded': 'Modul nicht geladen',
  'evidence.privileged_config': 'weder `unprivileged: 1` noch `lxc.idmap`',
  'evidence.hook.not_executable': 'nicht ausführbar',
  'evidence.hook.too_big': 'größer als die Größengrenze, nicht gelesen',
  'evidence.hook.storage': 'sein Speicher ist kein Verzeichnis-Speicher: Die Datei ist nicht auffindbar',
  'evidence.unprivileged_ct': 'unprivilegierter Container',
  'evidence.privileged_ct': 'privilegierter Container',
  'evidence.nvidia_nodes_passed': 'NVIDIA-Geräteknoten werden durchgereicht',
  'evidence.no_caps_major': 'keine Zeile `nvidia-caps`',
} satisfies Record<string, string>;
