// SPDX-License-Identifier: AGPL-3.0-or-later
// Nederlands: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Geen cgroup-v1-sleutels',
  'cgroup.not_allowed.title': 'De apparaat-cgroup staat elk gekoppeld apparaatbestand toe',
  'cgroup.stale_major.title': 'Toegestane majornummers komen overeen met de huidige apparaten',
  'cgroup.allow_all.title': 'Geen regel die alle apparaten toestaat',
  'cgroup.redundant.title': 'Geen toestemmingsregels voor apparaatbestanden die niet gekoppeld zijn',
  'ct.config_syntax.title': 'Elke configuratieregel is leesbaar',
  'ct.pending.title': 'Wijzigingen in behandeling',
  'ct.node_check.title': 'De apparaatbestanden in de container zijn de apparaten van de host',
  'ct.service_user_groups.title': 'Servicegebruikers kunnen de GPU openen',
  'ct.group_collision.title': 'Eén render- en één video-groep',
  'ct.vaapi_driver.title': 'Er is een VA-API-stuurprogramma voor de GPU geïnstalleerd',
  'dev.path_missing.title': 'Doorgegeven apparaatpaden bestaan op de host',
  'dev.not_device.title': 'Doorgegeven paden zijn apparaatbestanden',
  'dev.node_renamed.title': 'Stabiele namen van GPU-apparaatbestanden',
  'dev.bypath.title': 'by-path-apparaatbestanden verschijnen onder hun by-path-naam',
  'dev.gid_default.title': 'GPU-items devN stellen een groep in',
  'dev.gid_wrong_group.title': 'De groep in devN is de render/video-groep van de container',
  'dev.id_unmapped.title': 'UID/GID in devN zijn toegewezen',
  'dev.nvidia_mode.title': 'NVIDIA-apparaatbestanden zijn bruikbaar voor de services van de container',
  'dev.kfd_gid.title': '/dev/kfd hoort bij de render-groep',
  'dev.conflict.title': 'Geen apparaatbestand wordt twee keer doorgegeven',
  'dev.render_numbering.title': 'renderD128 is aanwezig voor de standaarddetectie',
  'dev.vendor.title': 'Bij welke GPU elk doorgegeven apparaatbestand hoort',
  'host.gpu_inventory.title': 'GPU’s van de host en hun apparaatbestanden',
  'host.no_drm_node.title': 'Elke GPU van de host heeft een stuurprogramma en apparaatbestanden',
  'host.world_rw_nodes.title': 'GPU-apparaatbestanden zijn op de host niet door iedereen beschrijfbaar',
  'host.prestart_chown.title': 'Hooks wijzigen de eigenaar van apparaatbestanden van de host niet',
  'idmap.syntax.title': 'lxc.idmap-regels zijn geldig',
  'idmap.deprecated_key.title': 'Naam van de sleutel lxc.idmap',
  'idmap.type_missing.title': 'Eigen toewijzing heeft zowel UID- als GID-regels',
  'idmap.root_unmapped.title': 'root van de container is toegewezen',
  'idmap.overlap.title': 'Geen ID is dubbel toegewezen',
  'idmap.gap.title': 'Elke container-ID 0–65535 is toegewezen',
  'idmap.host_root.title': 'root van de host is niet in de container toegewezen',
  'idmap.passthrough_ids.title': 'Host-ID’s gedeeld met de container',
  'idmap.too_many_ranges.title': 'Maximaal 340 bereiken per ID-soort',
  'mon.pmu_in_ct.title': 'Waarom GPU-monitors (intel_gpu_top) in deze container mislukken',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid is niet verlaagd',
  'mon.nvml_pids.title': 'nvidia-smi toont geen processen in de container',
  'mon.ineffective_workarounds.title': 'Instellingen die niet helpen bij PMU-toegang',
  'mount.optional_missing.title': 'Optionele koppelbronnen bestaan',
  'mount.no_create.title': 'Koppelingen in /dev maken hun doel aan',
  'mount.create_kind.title': 'create= komt overeen met de bron',
  'mount.bad_path.title': 'Koppelbronnen en -doelen zijn correct opgebouwd',
  'mount.duplicate.title': 'Geen twee koppelingen delen een doel',
  'mount.unmapped_owner.title': 'Gekoppelde apparaatbestanden zijn bruikbaar in de container',
  'mount.cosmetic.title': 'Koppelregels eindigen netjes',
  'mount.dri_dir.title': 'Alleen de benodigde DRM-apparaatbestanden zijn gekoppeld',
  'nv.module.title': 'NVIDIA-kernelmodule is geladen',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm bestaat bij elke opstart',
  'nv.node_set.title': 'De set NVIDIA-apparaatbestanden is volledig',
  'nv.version_mismatch.title':
    'NVIDIA-bibliotheken in de container passen bij het stuurprogramma van de host',
  'nv.kernel_pkgs_in_ct.title': 'Geen NVIDIA-kernelpakketten in de container',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit werkt in een niet-bevoorrechte CT',
  'sec.privileged_gpu.title': 'GPU-containers zijn niet-bevoorrecht',
  'sec.apparmor_unconfined.title': 'AppArmor-beperking staat aan',
  'sec.seccomp_off.title': 'Het syscallfilter is intact',
  'sec.cap_drop_empty.title': 'De capability-drops van LXC blijven behouden',
  'sec.cap_keep.title': 'Geen lxc.cap.keep',
  'sec.system_dir_bind.title': 'Geen systeemmappen van de host in de container',
  'sec.proc_sys_rw.title': '/proc en /sys zijn niet beschrijfbaar',
  'sec.host_binary_bind.title': 'Geen programma’s of bibliotheken van de host ingekoppeld',
  'subid.not_allowed.title': '/etc/subuid en /etc/subgid staan de toewijzing toe',
  'subid.typo_file.title': 'Geen verkeerd gespelde bestanden voor ondergeschikte ID’s',
  'subid.nss.title': 'Ondergeschikte ID’s komen uit de bestanden',
  'intel.huc.title': 'HuC-firmware is geladen (low-power-encodering)',
  'intel.sriov_vf.title': 'SR-IOV virtuele functies',
  'amd.kfd.title': 'ROCm heeft /dev/kfd',
  'fix.remove_line': 'Verwijder de regel',
  'fix.optional_cleanup': 'Optionele opschoning',
  'fix.restart': 'Herstart de container om de configuratie toe te passen',
  'cgroup.v1_key.no_effect':
    '`{line}` is een cgroup-v1-sleutel. Deze host gebruikt cgroup v2 (PVE 7 en nieuwer; PVE 9 heeft helemaal geen v1), dus de regel heeft geen effect. PVE logt `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` is een cgroup-v1-sleutel. Deze host gebruikt cgroup v2 (PVE 7 en nieuwer; PVE 9 heeft helemaal geen v1), dus de regel heeft geen effect en deze apparaten blijven geblokkeerd (`Operation not permitted`). PVE logt `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` is een cgroup-v1-sleutel. Deze host gebruikt cgroup v2 (PVE 7 en nieuwer; PVE 9 heeft helemaal geen v1), dus de regel heeft geen effect. PVE logt `{key} is deprecated, this will be a hard error in the future!`. Herschreven als lxc.cgroup2.devices.allow zou hij elk apparaat toestaan (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename':
    'Hernoem hem naar de cgroup2-sleutel, of vervang de ruwe items liever door devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} is gekoppeld, maar de apparaat-cgroup staat het niet toe. Het bestand is zichtbaar in de container, maar elke open() geeft `Operation not permitted`.} other {{nodes} zijn gekoppeld, maar de apparaat-cgroup staat ze niet toe. De bestanden zijn zichtbaar in de container, maar elke open() geeft `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} is zichtbaar via een mapkoppeling, maar de apparaat-cgroup staat het niet toe: open() geeft `Operation not permitted`. Niet nodig voor VA-API of rekenwerk.} other {{nodes} zijn zichtbaar via een mapkoppeling, maar de apparaat-cgroup staat ze niet toe: open() geeft `Operation not permitted`. Niet nodig voor VA-API of rekenwerk.}}',
  'cgroup.not_allowed.fix':
    'Sta de apparaatbestanden toe, of gebruik devN, dat de regels bij elke start genereert',
  'cgroup.stale_major.since_start':
    '`{path}` is nu {devt}, maar de container is gestart met apparaatregels voor {started} (/var/lib/lxc/{vmid}/config). Het stuurprogramma is sinds de start opnieuw geladen of hernummerd: het apparaatbestand is geblokkeerd in de draaiende container.',
  'cgroup.stale_major.fix.restart':
    'Herstart de container: PVE genereert de regels opnieuw uit de huidige apparaatbestanden',
  'cgroup.stale_major':
    'De configuratie staat major {major} toe, dat door geen huidig apparaat wordt gebruikt, terwijl `{path}` nu {devt} is. Dynamische majors (nvidia-uvm, nvidia-caps, kfd) veranderen na updates van het stuurprogramma.',
  'cgroup.stale_major.named':
    'De configuratie staat major {major} toe, dat door geen huidig apparaat wordt gebruikt, terwijl `{path}` nu {devt} is ({driver} in /proc/devices). Dynamische majors (nvidia-uvm, nvidia-caps, kfd) veranderen na updates van het stuurprogramma.',
  'cgroup.stale_major.fix':
    'Werk het nummer bij, of stap over op devN (de regels worden bij elke start opnieuw uit stat() gegenereerd)',
  'cgroup.allow_all':
    'De container mag elk apparaatbestand lezen en schrijven dat hij kan aanmaken of bereiken, inclusief blokapparaten.',
  'cgroup.allow_all.privileged':
    'De container mag elk apparaatbestand lezen en schrijven dat hij kan aanmaken of bereiken, inclusief blokapparaten. In een bevoorrechte container is dit toegang tot de schijven van de host.',
  'cgroup.allow_all.fix': 'Verwijder het; sta de specifieke GPU-apparaatbestanden toe (of gebruik devN)',
  'cgroup.redundant.by_devn': '`c {devt}` wordt al door PVE toegestaan voor `{key}`.',
  'cgroup.redundant': '`c {devt}` is toegestaan, maar geen gekoppeld apparaatbestand heeft dat nummer.',
  'ct.config_syntax.fix': 'Corrigeer of verwijder de regel',
  'ct.config_syntax.fix.dev':
    'Schrijf het als dev<N>: /dev/<pad>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE ondersteunt dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Nummer de items opnieuw',
  'ct.pending.idmap':
    'De container draait met de ID-toewijzing van zijn laatste start ({started}); de configuratie zegt nu {now}. De nieuwe toewijzing geldt na een herstart.',
  'ct.pending.idmap_removed':
    'De container draait met de ID-toewijzing van zijn laatste start ({started}); de configuratie heeft nu geen toewijzing. De nieuwe toewijzing geldt na een herstart.',
  'ct.pending':
    'Deze wijzigingen zijn in behandeling en gelden bij de volgende start van de container; de controles hierboven beschrijven de actieve configuratie: {changes}.',
  'ct.config_syntax.delete':
    'Regel {line}: `delete` is alleen toegestaan in [pve:pending]; PVE negeert het hier.',
  'ct.config_syntax.empty_option':
    'Regel {line}: optie `{key}` heeft geen waarde; PVE logt `unable to parse config` en negeert de regel.',
  'ct.config_syntax.unparsable':
    'Regel {line}: PVE kan deze regel niet verwerken (`unable to parse config`) en negeert hem.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` is geen getal. PVE weigert het item.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` is geen octale modus zoals 0660. PVE weigert het item.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: onbekende optie `{option}`. PVE weigert het item.',
  'ct.config_syntax.dev.no_path': '`{key}` noemt geen apparaatpad. PVE weigert het item.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` staat niet onder /dev/. PVE weigert het item.',
  'ct.config_syntax.dev.dot_path': '`{key}`: `{path}` bevat /.- of /..-componenten. PVE weigert het item.',
  'ct.node_check.missing': '`{path}` bestaat niet in de container (zie {see}).',
  'ct.node_check.placeholder':
    '`{path}` in de container is een gewoon bestand (plaatshouder) — de bind mount is niet uitgevoerd (zie {see}).',
  'ct.node_check.not_device':
    '`{path}` in de container is geen apparaatbestand — de bind mount is niet uitgevoerd (zie {see}).',
  'ct.node_check.stale':
    '`{path}` in de container is {devt}, het apparaatbestand op de host is {hostDevt} — een verouderd apparaatbestand van vóór het herladen van het stuurprogramma (zie {see}). Herstart de container.',
  'ct.node_check.fix': 'Herstart de container nadat de genoemde controle is opgelost',
  'ct.service_user_groups':
    'Gebruiker `{user}` kan `{path}` niet openen: het is eigendom van gid {gid}, modus {mode}, en {user} zit in {groups}.',
  'ct.service_user_groups.no_groups':
    'Gebruiker `{user}` kan `{path}` niet openen: het is eigendom van gid {gid}, modus {mode}, en {user} zit in geen extra groepen.',
  'ct.service_user_groups.fix.add_user': 'Voeg {user} toe aan {group} in de container en herstart de service',
  'ct.service_user_groups.fix.devn_gid':
    'Geef het apparaatbestand de render-groep van de container ({see}) en herstart daarna de container',
  'ct.service_user_groups.fix.node_group':
    'Geef het apparaatbestand de render-groep van de container (zie dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'De container heeft {count} groepen `{group}` ({gids}); programma’s vertalen de naam naar één daarvan.',
  'ct.group_collision.fix': 'Verwijder het duplicaat; behoud de gid die eigenaar is van het apparaatbestand',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 dwingt het verouderde stuurprogramma af; dat ondersteunt alleen GPU’s van vóór Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Verwijder LIBVA_DRIVER_NAME of zet het op iHD',
  'ct.vaapi_driver.only_i965':
    'De container heeft alleen het verouderde VA-API-stuurprogramma i965. Installeer voor Intel-GPU’s van Gen9 en nieuwer intel-media-va-driver-non-free (Debian: schakel non-free in).',
  'ct.vaapi_driver.only_i965_no_access':
    'De container heeft alleen het verouderde VA-API-stuurprogramma i965. Installeer voor Intel-GPU’s van Gen9 en nieuwer intel-media-va-driver-non-free (Debian: schakel non-free in). De container kan het render-apparaatbestand nog niet openen (zie hierboven); los eerst de toegang op en controleer daarna het stuurprogramma opnieuw (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'Er is geen Intel-VA-API-stuurprogramma (iHD_drv_video.so) in de container gevonden. Installeer voor Intel-GPU’s van Gen9 en nieuwer intel-media-va-driver-non-free (Debian: schakel non-free in).',
  'ct.vaapi_driver.no_ihd_no_access':
    'Er is geen Intel-VA-API-stuurprogramma (iHD_drv_video.so) in de container gevonden. Installeer voor Intel-GPU’s van Gen9 en nieuwer intel-media-va-driver-non-free (Debian: schakel non-free in). De container kan het render-apparaatbestand nog niet openen (zie hierboven); los eerst de toegang op en controleer daarna het stuurprogramma opnieuw (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Installeer het mediastuurprogramma in de container',
  'ct.vaapi_driver.no_radeonsi':
    'Er is geen radeonsi_drv_video.so (mesa-va-drivers) in de container gevonden.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'Er is geen radeonsi_drv_video.so (mesa-va-drivers) in de container gevonden. De container kan het render-apparaatbestand nog niet openen (zie hierboven); los eerst de toegang op en controleer daarna het stuurprogramma opnieuw (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Installeer mesa-va-drivers in de container',
  'dev.path_missing':
    '`{entry}` bestaat niet op de host; `pct start` breekt af met `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` bestaat niet op de host; `pct start` breekt af met `Device {path} does not exist`. De host heeft in plaats daarvan {others}: de DRM-nummering kan tussen opstarts en kernels veranderen (zie dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` bestaat niet op de host; `pct start` breekt af met `Device {path} does not exist`. /dev/nvidia-uvm bestaat pas als de module nvidia_uvm geladen is en het apparaatbestand is aangemaakt (zie nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` bestaat niet op de host; `pct start` breekt af met `Device {path} does not exist`. De NVIDIA-kernelmodule is waarschijnlijk niet geladen (zie nv.module).',
  'dev.path_missing.fix.repoint':
    'Laat het item verwijzen naar het bestaande apparaatbestand, bij voorkeur via de stabiele by-path-naam',
  'dev.path_missing.fix.create':
    'Zorg dat het apparaat op de host bestaat voordat de container start, of verwijder het item',
  'dev.not_device.file':
    '`{path}` op de host is een gewoon bestand, geen apparaat (PVE: `{path} is not a device`).',
  'dev.not_device.dir': '`{path}` op de host is een map, geen apparaat (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Verwijder het bestand en laat udev het apparaatbestand opnieuw aanmaken; zie daarna dev.conflict voor hoe het daar terechtkwam',
  'dev.node_renamed.gone':
    '`{path}` is verdwenen en de host heeft nu {others}: de GPU is waarschijnlijk hernummerd. Sinds kernel 5.14 neemt de simpledrm-bootframebuffer vaak eerst card0, en nummers kunnen tussen opstarts en kernelupgrades veranderen.',
  'dev.node_renamed':
    'De configuratie noemt `{path}` bij nummer. Dat klopt vandaag met de host, maar de DRM-nummering kan veranderen (simpledrm die card0 neemt, kernelupgrades, een tweede GPU). VA-API, QSV en NVENC hebben alleen het render-apparaatbestand nodig.',
  'dev.node_renamed.fix.bypath':
    'Gebruik de stabiele by-path-naam (of laat het card-apparaatbestand helemaal weg)',
  'dev.node_renamed.fix.drop':
    'Laat het card-apparaatbestand weg (het render-apparaatbestand is genoeg), of gebruik namen uit /dev/dri/by-path',
  'dev.bypath':
    'PVE maakt het apparaatbestand in de container aan op het geconfigureerde pad `{path}`, niet op `{node}` (de autodev-hook koppelt op /dev/<geconfigureerd pad>). Toepassingen die /dev/dri/renderD128 proberen, vinden het niet.',
  'dev.bypath.fix':
    'Laat de toepassing naar het by-path-apparaatbestand verwijzen (Jellyfin "VA-API Device", ffmpeg -vaapi_device, LIBVA_DRM_DEVICE waar ondersteund), of maak bij het opstarten een symbolische koppeling in de container',
  'dev.gid_default':
    '`{path}` wordt `root:root 0660` in de container: alleen root van de container kan het gebruiken; services die als eigen gebruiker draaien (jellyfin, plex, immich, frigate, ollama) krijgen `Permission denied`.',
  'dev.gid_default.fix':
    'Geef het apparaatbestand de groep {group} van de container (waarde gelezen uit /etc/group van de container wanneer die draait)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` gebruikt gid {gid}, de render-gid van de HOST. De gid in devN is een container-gid: het moet de render-groep in de container zijn, die vaak anders is (Debian 12: 105, Ubuntu 24.04: 993). Start de container zodat deze controle zijn /etc/group kan lezen.',
  'dev.gid_wrong_group.fix.lookup': 'Zoek de gid op in de container en gebruik die',
  'dev.gid_wrong_group.render':
    '`{key}` stelt gid {gid} in, dat is `{group}` in deze container ({os}); zijn `render`-groep is {want}. Het render-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` stelt gid {gid} in, dat is geen groep in deze container ({os}); zijn `render`-groep is {want}. Het render-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` stelt gid {gid} in, dat is `{group}` in deze container ({os}); hij heeft geen `render`-groep. Het render-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` stelt gid {gid} in, dat is geen groep in deze container ({os}); hij heeft geen `render`-groep. Het render-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.card':
    '`{key}` stelt gid {gid} in, dat is `{group}` in deze container ({os}); zijn `video`-groep is {want}. Het card-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` stelt gid {gid} in, dat is geen groep in deze container ({os}); zijn `video`-groep is {want}. Het card-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` stelt gid {gid} in, dat is `{group}` in deze container ({os}); hij heeft geen `video`- en geen `render`-groep. Het card-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` stelt gid {gid} in, dat is geen groep in deze container ({os}); hij heeft geen `video`- en geen `render`-groep. Het card-apparaatbestand hoort daardoor bij de verkeerde groep. (De gid in devN is een container-gid; de render-gid van de host doet hier niet ter zake.)',
  'dev.gid_wrong_group.fix.create_group':
    'Maak eerst de groep {group} aan in de container (bijv. door de GPU-pakketten voor de gebruikersruimte te installeren) en stel hier dan de gid ervan in',
  'dev.gid_wrong_group.fix':
    'Zet {key} op de gid van de groep {group} van de container en herstart de container',
  'dev.id_unmapped.gid':
    '`gid={id}` wordt niet toegewezen door de lxc.idmap van deze container, dus PVE maakt host-gid {id} eigenaar van het apparaatbestand en de container ziet `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` wordt niet toegewezen door de lxc.idmap van deze container, dus PVE maakt host-uid {id} eigenaar van het apparaatbestand en de container ziet `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Gebruik een toegewezen gid (de render-groep van de container) of corrigeer de toewijzing (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Gebruik een toegewezen uid of corrigeer de toewijzing (idmap.gap)',
  'dev.nvidia_mode':
    'Op de host zijn de NVIDIA-apparaatbestanden 0666; via devN worden ze `0660 root:{group}` in de container, dus services die niet in die groep zitten (ollama, jellyfin, immich …) kunnen ze niet openen.',
  'dev.nvidia_mode.users':
    'Op de host zijn de NVIDIA-apparaatbestanden 0666; via devN worden ze `0660 root:{group}` in de container, dus services die niet in die groep zitten ({users}) kunnen ze niet openen.',
  'dev.nvidia_mode.fix':
    'Voeg mode=0666 toe aan de NVIDIA-items devN (dezelfde blootstelling als op de host; het stuurprogramma voert zijn eigen controles uit), of voeg de servicegebruikers toe aan de groep',
  'dev.kfd_gid':
    'ROCm verwacht dat /dev/kfd toegankelijk is via de render-groep; hier is het groep {gid}. rocminfo/ollama melden `Unable to open /dev/kfd read-write: Permission denied` voor gebruikers die alleen in render zitten.',
  'dev.kfd_gid.fix': 'Geef /dev/kfd de render-gid van de container',
  'dev.conflict.twice':
    '`{first}` en `{second}` geven allebei `{path}` door; de tweede mknod van de autodev-hook stuit op een bestaand bestand en de start mislukt (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Behoud één item',
  'dev.conflict.mount':
    '`{entry}` en een `lxc.mount.entry` op `{target}`: LXC voert mount-items uit vóór de autodev-hook, waarvan de mknod dan op een bestaand bestand stuit (`Could not mknod …: File exists`), en de start mislukt met `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` en een `lxc.mount.entry` op `{target}`: LXC voert mount-items uit vóór de autodev-hook, waarvan de mknod dan op een bestaand bestand stuit (`Could not mknod …: File exists`), en de start mislukt met `Script exited with status 17`. Bij een koppeling van een hele map schrijft de hook zelfs in de echte map van de host.',
  'dev.conflict.fix.remove_bind':
    'Gebruik voor een apparaatbestand óf devN óf ruwe items, nooit allebei; verwijder de ruwe koppeling',
  'dev.render_numbering':
    '{count, plural, one {Alleen {nodes} is aanwezig in de container. De standaarddetectie van libva begint bij renderD128 (intel/libva#540), dus vainfo/ffmpeg zonder expliciet apparaat kan mislukken.} other {Alleen {nodes} zijn aanwezig in de container. De standaarddetectie van libva begint bij renderD128 (intel/libva#540), dus vainfo/ffmpeg zonder expliciet apparaat kan mislukken.}}',
  'dev.render_numbering.fix':
    'Stel het apparaatpad in de toepassing in (bijv. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'De container geeft /dev/kfd (AMD ROCm) door, maar een render-apparaatbestand van een andere fabrikant. {nodes}.',
  'dev.vendor.fix': 'Geef het render-apparaatbestand van de bedoelde GPU door via de by-path-naam',
  'host.gpu_inventory':
    '{gpus}. Groepen van de host: render {render}, video {video} (de render-gid van de host verschilt tussen PVE-versies — 104 op PVE 7/8, 993 gemeld op PVE 9 — daarom spreken handleidingen elkaar tegen; voor devN telt alleen de gid van de container).',
  'host.gpu_inventory.used':
    '{gpus}. Groepen van de host: render {render}, video {video} (de render-gid van de host verschilt tussen PVE-versies — 104 op PVE 7/8, 993 gemeld op PVE 9 — daarom spreken handleidingen elkaar tegen; voor devN telt alleen de gid van de container). Deze container gebruikt {used}.',
  'host.gpu_inventory.no_drm':
    'Geen DRM-apparaten gevonden. Groepen van de host: render {render}, video {video} (de render-gid van de host verschilt tussen PVE-versies — 104 op PVE 7/8, 993 gemeld op PVE 9 — daarom spreken handleidingen elkaar tegen; voor devN telt alleen de gid van de container).',
  'host.gpu_inventory.no_drm.used':
    'Geen DRM-apparaten gevonden. Groepen van de host: render {render}, video {video} (de render-gid van de host verschilt tussen PVE-versies — 104 op PVE 7/8, 993 gemeld op PVE 9 — daarom spreken handleidingen elkaar tegen; voor devN telt alleen de gid van de container). Deze container gebruikt {used}.',
  'host.no_drm_node.vfio':
    'De GPU {pci} ({vendor}) is gebonden aan vfio-pci (passthrough naar een VM), dus de host heeft geen /dev/dri-apparaatbestand om met containers te delen. Een GPU kan aan VM’s of aan containers worden gegeven, niet aan beide.',
  'host.no_drm_node':
    'De GPU {pci} ({vendor}) heeft geen werkend stuurprogramma op de host, dus er is geen apparaatbestand om door te geven.',
  'host.no_drm_node.fix.vfio':
    'Verwijder de vfio-pci-binding ids= / het gebruik van hostpciN, bouw de initramfs opnieuw en herstart',
  'host.no_drm_node.fix': 'Installeer en laad het stuurprogramma van de host voor deze GPU',
  'host.world_rw_nodes':
    '`{path}` is {mode} op de host. Elke gebruiker van de host en elke container die het apparaatbestand kan zien, kan de GPU gebruiken.',
  'host.world_rw_nodes.card':
    '`{path}` is {mode} op de host. Elke gebruiker van de host en elke container die het apparaatbestand kan zien, kan de GPU gebruiken; een door iedereen beschrijfbaar card-apparaatbestand geeft bovendien controle over het beeld/KMS.',
  'host.world_rw_nodes.fix':
    'Verwijder de regel die de modus verruimt en geef containers het apparaatbestand via devN met hun eigen gid',
  'host.world_rw_nodes.rule':
    'Een udev-regel maakt GPU-apparaatbestanden op de host door iedereen beschrijfbaar.',
  'host.world_rw_nodes.fix.rule':
    'Verwijder de regel; geef apparaatbestanden in plaats daarvan door met devN en de gid van de container',
  'host.prestart_chown':
    'Deze hook wijzigt bij elke start van de container de eigenaar of modus van de apparaatbestanden van de HOST (`{hook}`). Leden van render/video op de host en elke andere container verliezen de toegang totdat udev die herstelt.',
  'host.prestart_chown.fix':
    'Verwijder de hooks en gebruik devN: PVE maakt een privékopie van het apparaatbestand met de gevraagde eigenaar in plaats van het apparaatbestand van de host te wijzigen',
  'idmap.syntax':
    '`{line}` is ongeldig. LXC begrijpt alleen `u` (gebruikers) en `g` (groepen), gevolgd door drie getallen en een aantal groter dan 0; PVE logt `failed to parse idmap` en de container start niet.',
  'idmap.syntax.fix': 'Schrijf per bereik één u-regel en één g-regel (hier: de standaardbereiken)',
  'idmap.deprecated_key':
    '`lxc.id_map` is de naam van vóór LXC 3.0; PVE hernoemt hem bij elke start met een waarschuwing.',
  'idmap.deprecated_key.fix': 'Hernoem de sleutel naar lxc.idmap',
  'idmap.type_missing.uid':
    'Deze container heeft eigen gid-toewijzingen, maar geen uid-toewijzingen. Zodra er een `lxc.idmap`-regel bestaat, voegt PVE voor beide soorten geen standaardwaarden meer toe, dus uid’s hebben helemaal geen toewijzing.',
  'idmap.type_missing.gid':
    'Deze container heeft eigen uid-toewijzingen, maar geen gid-toewijzingen. Zodra er een `lxc.idmap`-regel bestaat, voegt PVE voor beide soorten geen standaardwaarden meer toe, dus gid’s hebben helemaal geen toewijzing.',
  'idmap.type_missing.fix.uid': 'Voeg de volledige standaard voor uid’s toe',
  'idmap.type_missing.fix.gid': 'Voeg de volledige standaard voor gid’s toe',
  'idmap.root_unmapped.uid':
    'root van de container (uid 0) is niet toegewezen; LXC kan de container niet opzetten (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'root van de container (gid 0) is niet toegewezen; LXC kan de container niet opzetten (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Laat de uid-toewijzing bij 0 beginnen',
  'idmap.root_unmapped.fix.gid': 'Laat de gid-toewijzing bij 0 beginnen',
  'idmap.overlap.ct_uid':
    "Twee lxc.idmap-regels wijzen dezelfde container-uid {range} toe (`{first}` en `{second}`). PVE waarschuwt `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; de kernel weigert overlappende toewijzingen (`newuidmap: write to uid_map failed: Invalid argument`) en de container start niet.",
  'idmap.overlap.ct_gid':
    "Twee lxc.idmap-regels wijzen dezelfde container-gid {range} toe (`{first}` en `{second}`). PVE waarschuwt `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; de kernel weigert overlappende toewijzingen (`newgidmap: write to gid_map failed: Invalid argument`) en de container start niet.",
  'idmap.overlap.host_uid':
    "Twee lxc.idmap-regels wijzen dezelfde host-uid {range} toe (`{first}` en `{second}`). PVE waarschuwt `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; de kernel weigert overlappende toewijzingen (`newuidmap: write to uid_map failed: Invalid argument`) en de container start niet.",
  'idmap.overlap.host_gid':
    "Twee lxc.idmap-regels wijzen dezelfde host-gid {range} toe (`{first}` en `{second}`). PVE waarschuwt `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; de kernel weigert overlappende toewijzingen (`newgidmap: write to gid_map failed: Invalid argument`) en de container start niet.",
  'idmap.overlap.fix.uid':
    'Splits het grote bereik rond de uitzondering; het hele uid-blok, klaar om te plakken',
  'idmap.overlap.fix.gid':
    'Splits het grote bereik rond de uitzondering; het hele gid-blok, klaar om te plakken',
  'idmap.gap.uid':
    '{count, plural, one {Container-uid {ids} is niet toegewezen.} other {Container-uid’s {ids} zijn niet toegewezen.}} Bestanden met die ID’s verschijnen als `nobody`, en `chown` naar die ID’s mislukt met `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Container-gid {ids} is niet toegewezen.} other {Container-gid’s {ids} zijn niet toegewezen.}} Bestanden met die ID’s verschijnen als `nogroup`, en `chgrp` naar die ID’s mislukt met `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {Container-uid {ids} is niet toegewezen.} other {Container-uid’s {ids} zijn niet toegewezen.}} Bestanden met die ID’s verschijnen als `nobody`, en `chown` naar die ID’s mislukt met `Invalid argument`. Waarschijnlijk een fout van één waar een regel eindigt en de volgende begint: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Container-gid {ids} is niet toegewezen.} other {Container-gid’s {ids} zijn niet toegewezen.}} Bestanden met die ID’s verschijnen als `nogroup`, en `chgrp` naar die ID’s mislukt met `Invalid argument`. Waarschijnlijk een fout van één waar een regel eindigt en de volgende begint: {hints}.',
  'idmap.gap.fix.uid':
    'Verleng de aangrenzende bereiken; het hele uid-blok zonder gaten, klaar om te plakken',
  'idmap.gap.fix.gid':
    'Verleng de aangrenzende bereiken; het hele gid-blok zonder gaten, klaar om te plakken',
  'idmap.host_root.uid':
    '`{line}` geeft de container de root-gebruiker van de host. Alles wat in de container onder dat ID draait, is root op de host; LXC slaat voor zulke toewijzingen zelfs de controle van /etc/subuid over.',
  'idmap.host_root.gid':
    '`{line}` geeft de container de root-groep van de host. Alles wat in de container onder dat ID draait, is root op de host; LXC slaat voor zulke toewijzingen zelfs de controle van /etc/subgid over.',
  'idmap.host_root.fix': 'Wijs host-ID 0 nooit toe; geef apparaten in plaats daarvan door met devN',
  'idmap.passthrough_ids':
    'Host-ID’s die aan de container zijn doorgegeven: {ids}. De container kan elk object van de host openen dat eigendom is van deze ID’s, en bestanden die hij ermee aanmaakt, zijn eigendom van die host-ID’s.',
  'idmap.passthrough_ids.sensitive':
    'Host-ID’s die aan de container zijn doorgegeven: {ids}. De container kan elk object van de host openen dat eigendom is van deze ID’s, en bestanden die hij ermee aanmaakt, zijn eigendom van die host-ID’s. Minstens één ervan is een bevoorrechte groep van de host.',
  'idmap.passthrough_ids.fix':
    'Geef voor GPU-toegang de voorkeur aan devN met de eigen gid van de container: dan hoeft geen enkel host-ID gedeeld te worden (behoud 1:1-toewijzingen alleen voor gekoppelde gegevens)',
  'idmap.too_many_ranges.uid':
    '{count} uid-bereiken: de kernel accepteert maximaal 340 bereiken per toewijzing.',
  'idmap.too_many_ranges.gid':
    '{count} gid-bereiken: de kernel accepteert maximaal 340 bereiken per toewijzing.',
  'idmap.too_many_ranges.fix': 'Voeg aangrenzende bereiken samen',
  'idmap.mark.ct_group': '{name} (container)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'doorgegeven → host {host}',
  'idmap.mark.passthrough_named': 'doorgegeven → host {host} ({name})',
  'mon.pmu_in_ct.title.nvidia': 'GPU-bewaking in deze container',
  'mon.pmu_in_ct.nvidia':
    'NVIDIA-programma’s (nvidia-smi, nvtop) gebruiken NVML, niet de perf-PMU, en werken in de container zodra de bibliotheekversie overeenkomt — maar ze tonen daar geen processen (mon.nvml_pids). Er hoeft niets aan kernel.perf_event_paranoid te worden verlaagd en er is geen bevoorrechte container nodig; beide zouden de hele host verzwakken. Dit GPU-tabblad toont het gebruik van de container per proces, gelezen op de host en per cgroup toegewezen.',
  'mon.pmu_in_ct.privileged':
    'Deze container is bevoorrecht, dus {tool} werkt erin — omdat zijn root de root van de host is. {tool} leest de PMU van de GPU via perf_event_open() als CPU-brede gebeurtenis. De kernel staat dat alleen toe aan houders van CAP_PERFMON (of CAP_SYS_ADMIN) in de initiële user namespace van de host zolang kernel.perf_event_paranoid boven 0 ligt (hier {paranoid}). Root in een niet-bevoorrechte container heeft zijn capabilities alleen binnen zijn eigen user namespace, dus de aanroep mislukt met `Failed to initialize PMU! (Permission denied)` — en geen enkele wijziging van setcap, lxc.cap.keep, AppArmor of seccomp kan dat veranderen. De twee "oplossingen" die online te vinden zijn, verzwakken de hele host: kernel.perf_event_paranoid verlagen stelt systeembrede prestatietellers open voor elk proces op de host en in elke container, en de container bevoorrecht maken maakt zijn root tot de root van de host. Dit GPU-tabblad toont dezelfde cijfers per engine voor deze container zonder een van beide: het leest ze op de host uit /proc/<pid>/fdinfo en sysfs en wijst ze per cgroup toe. In de container werken op fdinfo gebaseerde programma’s (nvtop, amdgpu_top) ook voor de eigen processen.',
  'mon.pmu_in_ct.lowered':
    '{tool} werkt in deze container mogelijk alleen omdat kernel.perf_event_paranoid op de host {paranoid} is (mon.paranoid_lowered). {tool} leest de PMU van de GPU via perf_event_open() als CPU-brede gebeurtenis. De kernel staat dat alleen toe aan houders van CAP_PERFMON (of CAP_SYS_ADMIN) in de initiële user namespace van de host zolang kernel.perf_event_paranoid boven 0 ligt (hier {paranoid}). Root in een niet-bevoorrechte container heeft zijn capabilities alleen binnen zijn eigen user namespace, dus de aanroep mislukt met `Failed to initialize PMU! (Permission denied)` — en geen enkele wijziging van setcap, lxc.cap.keep, AppArmor of seccomp kan dat veranderen. De twee "oplossingen" die online te vinden zijn, verzwakken de hele host: kernel.perf_event_paranoid verlagen stelt systeembrede prestatietellers open voor elk proces op de host en in elke container, en de container bevoorrecht maken maakt zijn root tot de root van de host. Dit GPU-tabblad toont dezelfde cijfers per engine voor deze container zonder een van beide: het leest ze op de host uit /proc/<pid>/fdinfo en sysfs en wijst ze per cgroup toe. In de container werken op fdinfo gebaseerde programma’s (nvtop, amdgpu_top) ook voor de eigen processen.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} kan niet werken in deze niet-bevoorrechte container. {tool} leest de PMU van de GPU via perf_event_open() als CPU-brede gebeurtenis. De kernel staat dat alleen toe aan houders van CAP_PERFMON (of CAP_SYS_ADMIN) in de initiële user namespace van de host zolang kernel.perf_event_paranoid boven 0 ligt (hier {paranoid}). Root in een niet-bevoorrechte container heeft zijn capabilities alleen binnen zijn eigen user namespace, dus de aanroep mislukt met `Failed to initialize PMU! (Permission denied)` — en geen enkele wijziging van setcap, lxc.cap.keep, AppArmor of seccomp kan dat veranderen. De twee "oplossingen" die online te vinden zijn, verzwakken de hele host: kernel.perf_event_paranoid verlagen stelt systeembrede prestatietellers open voor elk proces op de host en in elke container, en de container bevoorrecht maken maakt zijn root tot de root van de host. Dit GPU-tabblad toont dezelfde cijfers per engine voor deze container zonder een van beide: het leest ze op de host uit /proc/<pid>/fdinfo en sysfs en wijst ze per cgroup toe. In de container werken op fdinfo gebaseerde programma’s (nvtop, amdgpu_top) ook voor de eigen processen.',
  'mon.pmu_in_ct.fix':
    'Niets te wijzigen: gebruik dit tabblad voor het GPU-gebruik van de container. Verlaag perf_event_paranoid niet en maak de container niet bevoorrecht.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} laat elk proces op de host en in elke container systeembrede prestatietellers openen. Dit is waarschijnlijk ingesteld zodat intel_gpu_top in een container werkt; dit tabblad toont dezelfde cijfers zonder die instelling.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} laat elk proces op de host en in elke container systeembrede prestatietellers openen; -1 staat daarnaast kernelprofilering en ruwe tracepoints toe. Dit is waarschijnlijk ingesteld zodat intel_gpu_top in een container werkt; dit tabblad toont dezelfde cijfers zonder die instelling.',
  'mon.paranoid_lowered.fix':
    'Verwijder de aangepaste waarde (en de regel ervan in /etc/sysctl.conf of /etc/sysctl.d/*.conf) en gebruik bewaking vanaf de host',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` in de container tonen geen processen: het NVIDIA-stuurprogramma meldt PID’s van de host, die niet bestaan in de PID-namespace van de container. Totalen van benutting en geheugen kloppen; dit tabblad wijst PID’s van de host toe aan containers.',
  'mon.ineffective_workarounds':
    'Deze instellingen maken de Intel-PMU niet beschikbaar in een niet-bevoorrechte container: `setcap cap_perfmon` in de CT, `lxc.cap.keep`, een onbeperkt AppArmor-profiel, een leeg seccomp-profiel, of het programma van de host via een bind mount uitvoeren. De kernel controleert CAP_PERFMON tegen de initiële user namespace van de host, die een container nooit kan hebben. Ze verzwakken alleen de isolatie — overweeg ze te verwijderen (zie sec.*).',
  'mon.ineffective_workarounds.fix': 'Draai ze terug',
  'mount.optional_missing':
    '`{path}` wordt gekoppeld met `optional`, maar bestaat niet op de host. LXC logt `Failed to mount "{path}"` en start de container zonder — het apparaat verdwijnt ongemerkt.',
  'mount.optional_missing.fix':
    'Zorg dat de bron bestaat voordat de container start (nv.uvm_lazy, dev.node_renamed), of stap over op devN, dat in plaats daarvan duidelijk mislukt',
  'mount.no_create':
    'Het koppeldoel `{target}` bestaat niet in de verse /dev van de container; zonder `create=file` mislukt de koppeling.',
  'mount.no_create.optional':
    'Het koppeldoel `{target}` bestaat niet in de verse /dev van de container; zonder `create=file` mislukt de koppeling (ongemerkt, vanwege optional).',
  'mount.no_create.fix': 'Voeg create=file toe',
  'mount.create_kind.dir': '`create={create}` komt niet overeen met de bron `{path}`, die een map is.',
  'mount.create_kind.file':
    '`create={create}` komt niet overeen met de bron `{path}`, die een apparaatbestand is.',
  'mount.create_kind.fix': 'Gebruik create={create}',
  'mount.bad_path.relative_source':
    '`{path}` is een relatieve bron; het is niet `/{path}` van de host en de koppeling wordt overgeslagen.',
  'mount.bad_path.absolute_target':
    'Het doel `{target}` is absoluut; koppeldoelen van LXC zijn relatief ten opzichte van de root van de container (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` is gekoppeld op `{target}`; toepassingen zoeken het in `{dir}`.',
  'mount.bad_path.fix': 'Koppel /dev/X op dev/X',
  'mount.duplicate': 'Twee items koppelen op `{target}`; het latere verbergt het eerdere.',
  'mount.duplicate.fix': 'Behoud er één',
  'mount.unmapped_owner':
    '`{path}` is `{owner}` op de host. Het verschijnt als `{ctOwner}` en niemand in de container — zelfs root niet — kan het openen.',
  'mount.unmapped_owner.gid':
    '`{path}` is `{owner}` op de host. Host-gid {gid} is niet toegewezen in deze container, dus het verschijnt als `{ctOwner}` en niemand in de container — zelfs root niet — kan het openen.',
  'mount.unmapped_owner.fix':
    'Vervang het ruwe item door devN met de eigen gid van de container (PVE maakt een eigen apparaatbestand met die eigenaar). Vermijd chmod 666 en pre-start-chown-hooks.',
  'mount.cosmetic':
    'De afsluitende `{tail}` komt uit een gekopieerde handleiding. glibc leest het als 0 0, dus het is onschadelijk.',
  'mount.dri_dir':
    'De hele /dev/dri van de host is zichtbaar: elke GPU, de KMS-card-apparaatbestanden en by-path. Apparaatbestanden zijn alleen bruikbaar als de apparaat-cgroup ze toestaat (cgroup.not_allowed); in niet-bevoorrechte containers verschijnen ze als nobody:nogroup, tenzij hun eigenaar is toegewezen (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Geef alleen de benodigde render-apparaatbestanden door, met devN',
  'nv.module':
    'De NVIDIA-kernelmodule is niet geladen voor kernel {kernel}, dus /dev/nvidia* bestaat niet. Containers die devN gebruiken, starten niet (`Device /dev/nvidia0 does not exist`); ruwe optionele koppelingen starten zonder de GPU. Dit gebeurt meestal na een kernelupgrade waarbij DKMS de module niet heeft gebouwd.',
  'nv.module.fix':
    'Installeer de headers voor de draaiende kernel, bouw de module opnieuw en herstart daarna',
  'nv.uvm_lazy.missing_devn':
    '`{path}` bestaat nu niet. Met devN is een ontbrekend apparaatbestand fataal: `pct start` mislukt met `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` bestaat nu niet. Met een optionele ruwe koppeling start de container zonder en mislukt CUDA erin.',
  'nv.uvm_lazy.module_only_devn':
    'Niets op deze host maakt `{path}` aan bij het opstarten (nvidia_uvm wordt geladen via modules-load.d, maar het apparaatbestand verschijnt pas wanneer iets voor het eerst CUDA gebruikt). Met devN is een ontbrekend apparaatbestand fataal: `pct start` mislukt met `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Niets op deze host maakt `{path}` aan bij het opstarten (nvidia_uvm wordt geladen via modules-load.d, maar het apparaatbestand verschijnt pas wanneer iets voor het eerst CUDA gebruikt). Met een optionele ruwe koppeling start de container zonder en mislukt CUDA erin.',
  'nv.uvm_lazy.no_creator_devn':
    'Niets op deze host maakt `{path}` aan bij het opstarten. Met devN is een ontbrekend apparaatbestand fataal: `pct start` mislukt met `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Niets op deze host maakt `{path}` aan bij het opstarten. Met een optionele ruwe koppeling start de container zonder en mislukt CUDA erin.',
  'nv.uvm_lazy.fix':
    'Laad nvidia_uvm bij het opstarten en maak de apparaatbestanden aan met een udev-regel (of schakel nvidia-persistenced in)',
  'nv.node_set.no_ctl':
    'De container heeft /dev/nvidia<N>, maar geen /dev/nvidiactl; het stuurprogramma heeft beide nodig.',
  'nv.node_set.no_gpu': 'De container heeft /dev/nvidiactl, maar geen GPU-apparaatbestand /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Voeg {path} toe',
  'nv.node_set.no_uvm':
    'Geen /dev/nvidia-uvm: NVENC/NVDEC werken, maar CUDA (ollama, immich-ml, TensorRT) heeft het nodig.',
  'nv.node_set.fix.uvm': 'Voeg /dev/nvidia-uvm toe (en zorg dat het bij het opstarten bestaat, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'Er zijn geen NVIDIA-bibliotheken voor de gebruikersruimte (libnvidia-ml, libcuda) in de container gevonden; installeer versie {version} zonder de kernelmodule.',
  'nv.version_mismatch.fix.install':
    'Installeer het passende stuurprogramma voor de gebruikersruimte in de container',
  'nv.version_mismatch':
    'Stuurprogramma van de host {version}, bibliotheken in de container {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Dit gebeurt na elke update van het stuurprogramma op de host.',
  'nv.version_mismatch.fix':
    'Installeer dezelfde versie in de container zonder het kerneldeel; zet het stuurprogramma van de host vast om afwijkingen te voorkomen',
  'nv.kernel_pkgs_in_ct':
    'De container heeft NVIDIA-kernelmodulepakketten ({packages}); een container kan geen modules laden en DKMS-builds mislukken bij elke update.',
  'nv.kernel_pkgs_in_ct.fix': 'Verwijder ze; behoud alleen de bibliotheken voor de gebruikersruimte',
  'nv.ctk_cgroups':
    'Docker in deze niet-bevoorrechte container kan geen apparaat-cgroups beheren; oudere versies van de toolkit mislukken met `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Zet no-cgroups = true in [nvidia-container-cli] en geef de apparaatbestanden expliciet door aan de Docker-container',
  'sec.privileged_gpu':
    'Deze bevoorrechte container draait als root van de host en heeft de GPU. Sinds PVE 8.1 geeft devN GPU’s door aan niet-bevoorrechte containers; LXC beschouwt bevoorrechte containers als onveilig en behandelt uitbraken daaruit niet als beveiligingsproblemen.',
  'sec.privileged_gpu.fix':
    'Maak een back-up en zet die terug als niet-bevoorrecht, en geef daarna de GPU door met devN en de gid’s van de container',
  'sec.apparmor_unconfined':
    'AppArmor-beperking staat uit. GPU-passthrough heeft dit niet nodig; het is meestal overgenomen uit handleidingen voor Docker in LXC.',
  'sec.apparmor_unconfined.privileged':
    'AppArmor-beperking staat uit in een bevoorrechte container, waarvan de root de root van de host is. GPU-passthrough heeft dit niet nodig; het is meestal overgenomen uit handleidingen voor Docker in LXC.',
  'sec.apparmor_unconfined.fix': 'Verwijder de regel; gebruik voor Docker "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    'Het syscallfilter van de container is vervangen. PVE slaat dan zijn eigen gegenereerde regels over (`explicitly configured lxc.seccomp.profile overrides the following settings`). Niet nodig voor GPU-gebruik.',
  'sec.seccomp_off.disabled':
    'Het syscallfilter van de container is uitgeschakeld. PVE slaat dan zijn eigen gegenereerde regels over (`explicitly configured lxc.seccomp.profile overrides the following settings`), en common.seccomp van LXC (dat het laden van modules, kexec_load en open_by_handle_at blokkeert) is weg. Niet nodig voor GPU-gebruik.',
  'sec.cap_drop_empty':
    'Een lege lxc.cap.drop verandert hier niets: voor niet-bevoorrechte containers begint userns.conf van LXC al met een volledige set capabilities binnen de user namespace.',
  'sec.cap_drop_empty.privileged':
    'Een lege lxc.cap.drop behoudt sys_module, sys_rawio, sys_time, mac_admin en mac_override, die common.conf van LXC laat vallen: root van de container kan kernelmodules laden en ruwe I/O op de host uitvoeren.',
  'sec.cap_keep':
    '`lxc.cap.keep` beperkt alleen welke capabilities de container binnen zijn eigen user namespace behoudt; het kan geen CAP_PERFMON/CAP_SYS_ADMIN op de host toevoegen. Het kan de init van de container breken als benodigde capabilities worden weggelaten.',
  'sec.cap_keep.privileged': '`lxc.cap.keep` in een bevoorrechte container vervangt de drop-lijst van LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` in een bevoorrechte container behoudt capabilities op hostniveau, zoals sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` deelt een systeemmap van de host met de container. pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." In deze niet-bevoorrechte container kunnen bestanden van root van de host niet worden gewijzigd, maar programma’s van de host en hun versies worden blootgesteld.',
  'sec.system_dir_bind.privileged':
    '`{path}` deelt een systeemmap van de host met de container. pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." In deze bevoorrechte container kan hij bestanden van de host vervangen.',
  'sec.system_dir_bind.fix':
    'Installeer de benodigde programma’s in de container; koppel alleen speciale gegevensmappen (bijv. onder /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys of /sys zijn beschrijfbaar in de container.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys of /sys zijn beschrijfbaar in de container; in een bevoorrechte container wijzigt dat kernelinstellingen van de host.',
  'sec.proc_sys_rw.fix': 'Verwijder de regel; gebruik de "features"-vlaggen (force_rw_sys=1) waar echt nodig',
  'sec.host_binary_bind':
    '`{path}` is een programma/bibliotheek van de host die in de container is gekoppeld; het moet passen bij de libc van de container en gaat ongemerkt kapot bij upgrades van de host.',
  'sec.host_binary_bind.fix': 'Installeer de passende pakketten in de container (nv.version_mismatch)',
  'intel.huc':
    'HuC-firmware is niet geladen op {pci}, dus low-power-encodering (VDEnc) is niet beschikbaar; op GPU’s met alleen LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake en nieuwer) betekent dat helemaal geen H.264/HEVC-hardware-encodering.',
  'intel.huc.forced':
    'HuC-firmware is niet geladen op {pci}, dus low-power-encodering (VDEnc) is niet beschikbaar; op GPU’s met alleen LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake en nieuwer) betekent dat helemaal geen H.264/HEVC-hardware-encodering. i915 is geforceerd op enable_guc={value}.',
  'intel.huc.fix':
    'Houd pve-firmware actueel; stel enable_guc=2 alleen in op oudere platforms die het nodig hebben (nooit op platforms waar 3 de standaard is), werk daarna de initramfs bij en herstart',
  'intel.sriov_vf':
    '`{path}` hoort bij een SR-IOV virtuele functie: de i915-PMU is niet beschikbaar op VF’s (`PMU not supported for this GPU`), dus de bezetting van de engines kan alleen op de fysieke functie worden gelezen.',
  'intel.sriov_vf.fix': 'Bewaak de fysieke functie op de host',
  'amd.kfd':
    'VA-API heeft alleen het render-apparaatbestand nodig, maar ROCm/HIP (ollama, PyTorch) heeft ook /dev/kfd nodig.',
  'amd.kfd.compute':
    'VA-API heeft alleen het render-apparaatbestand nodig, maar ROCm/HIP (ollama, PyTorch) heeft ook /dev/kfd nodig, en deze container lijkt een rekenworkload te draaien.',
  'amd.kfd.fix': 'Geef /dev/kfd door met de render-gid van de container',
  'subid.not_allowed.uid':
    '`{file}` staat root niet toe host-uid {ids} toe te wijzen (nodig voor `lxc.idmap: {entry}`). De container start niet: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` staat root niet toe host-gid {ids} toe te wijzen (nodig voor `lxc.idmap: {entry}`). De container start niet: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` bestaat niet (nodig voor `lxc.idmap: {entry}`). De container start niet: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` bestaat niet (nodig voor `lxc.idmap: {entry}`). De container start niet: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Voeg toe aan {file} (geen herstart van het systeem nodig; herstart de container)',
  'subid.typo_file': '`{file}` wordt door niets gelezen; newuidmap/newgidmap lezen `{right}`.',
  'subid.typo_file.fix': 'Verplaats de regels ervan naar {right}',
  'subid.nss':
    'Ondergeschikte ID’s komen op deze host uit een NSS-module; het paneel kan ze niet controleren aan de hand van /etc/subuid en /etc/subgid.',
  'check.pass': 'Niets te melden.',
  'check.could_not_run': 'Deze controle kon niet worden uitgevoerd: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` is een cgroup-v1-sleutel. Deze host gebruikt cgroup v2, dus de regel heeft geen effect — en een niet-bevoorrechte container heeft sowieso geen toestemmingsregel nodig: sinds PVE 7.0 staat zijn apparaat-cgroup elk apparaat toe, en beslissen de eigenaar en modus van het apparaatbestand. PVE logt `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} wordt geblokkeerd door `{line}`: het bestand is zichtbaar in de container, maar elke open() geeft `Operation not permitted`.} other {{nodes} worden geblokkeerd door `{line}`: de bestanden zijn zichtbaar in de container, maar elke open() geeft `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Verwijder de deny-regel (of maak hem nauwer zodat hij niet meer op het apparaat past)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` is sinds PVE 7.0 al de standaard voor niet-bevoorrechte containers (userns.conf.d/01-pve.conf van pve-container): de regel verandert niets. Wat de container kan openen, wordt bepaald door de eigenaar en modus van de apparaatbestanden.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} is gekoppeld, maar de apparaat-cgroup staat het niet toe: open() geeft `Operation not permitted`. De container heeft het niet nodig voor VA-API of rekenwerk.} other {{nodes} zijn gekoppeld, maar de apparaat-cgroup staat ze niet toe: open() geeft `Operation not permitted`. De container heeft ze niet nodig voor VA-API of rekenwerk.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` staat root niet toe host-uid {ids} toe te wijzen, die de ID-toewijzing nodig heeft.} other {`{file}` staat root niet toe de {count} host-uid-bereiken toe te wijzen die de ID-toewijzing nodig heeft: {ids}.}} De container start niet: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` staat root niet toe host-gid {ids} toe te wijzen, die de ID-toewijzing nodig heeft.} other {`{file}` staat root niet toe de {count} host-gid-bereiken toe te wijzen die de ID-toewijzing nodig heeft: {ids}.}} De container start niet: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'In deze container draait Docker, en de container zelf heeft geen VA-API-stuurprogramma. Mediatoepassingen in Docker-images (Jellyfin, Frigate, Plex) brengen hun eigen stuurprogramma mee, dat dit paneel niet kan zien; als de toepassing geen hardwaredecodering meldt, controleer dan binnen de image.',
  'ct.vaapi_driver.fix.docker': 'Voer vainfo uit in de Docker-container van de toepassing',
  'ct.config_syntax.duplicate':
    '`{key}` is twee keer ingesteld (regels {first} en {line}); PVE behoudt alleen de laatste.',
  'ct.config_syntax.inline_comment':
    'Regel {line}: de waarde van `{key}` bevat een `#`-opmerking op dezelfde regel. PVE en LXC verwijderen die niet: ze wordt deel van de waarde.',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'De stuurprogramma’s van de versnellers zijn op de host geladen',
  'acc.usb_single_device.title':
    'USB-versnellers worden via hun bus doorgegeven, niet via één apparaatnummer',
  'acc.usb_access.title': 'De container kan de Coral USB openen',
  'acc.driver.coral':
    'Ontbreekt op de host: {paths}. Het Coral-PCIe-stuurprogramma (`apex`, dat `gasket` nodig heeft) is niet geladen, hoewel de kaart aanwezig is ({pci}). Het pakket `gasket-dkms` van Google bouwt niet op kernels 6.5 en later, dus de module raakt vaak verloren na een kernelupdate.',
  'acc.driver.coral_no_card':
    'Ontbreekt op de host: {paths}. Er is geen Coral-PCIe-kaart zichtbaar op de PCI-bus en het stuurprogramma (`apex`) is niet geladen.',
  'acc.driver.hailo':
    'Ontbreekt op de host: {paths}. Het Hailo-PCIe-stuurprogramma (`hailo_pci`) is niet geladen, hoewel de kaart aanwezig is ({pci}).',
  'acc.driver.hailo_no_card':
    'Ontbreekt op de host: {paths}. Er is geen Hailo-kaart zichtbaar op de PCI-bus en `hailo_pci` is niet geladen.',
  'acc.driver.npu_intel':
    'Ontbreekt op de host: {paths}. Het Intel-NPU-stuurprogramma (`intel_vpu`, Linux 6.3 of nieuwer, met de NPU-firmware) is niet geladen, hoewel de NPU aanwezig is ({pci}).',
  'acc.driver.npu_amd':
    'Ontbreekt op de host: {paths}. Het AMD-NPU-stuurprogramma (`amdxdna`, Linux 6.14 of nieuwer) is niet geladen, hoewel de NPU aanwezig is ({pci}).',
  'acc.driver.npu':
    'Ontbreekt op de host: {paths}. Er is geen NPU-stuurprogramma (`intel_vpu`, `amdxdna`) geladen en er is geen NPU zichtbaar op de PCI-bus.',
  'acc.driver.kfd':
    'Ontbreekt op de host: {paths}. `amdgpu`, dat `/dev/kfd` van ROCm levert, is niet geladen.',
  'acc.driver.unbound':
    'Ontbreekt op de host: {paths}. De kaart op {pci} ({id}) is niet aan `{module}` gebonden (gebonden stuurprogramma: {driver}): een stuurprogramma voor een ander model houdt haar vast, of geen enkel.',
  'acc.driver.fix.coral':
    'Bouw het Coral-stuurprogramma voor de draaiende kernel (een `gasket-dkms` dat erop bouwt, zoals de pakketten van feranick/gasket-driver, plus de kernelheaders) en laad daarna `apex`',
  'acc.driver.fix.hailo':
    'Installeer de `hailort-pcie-driver` van de HailoRT-versie die de container gebruikt en laad daarna `{module}`',
  'acc.driver.fix.npu': 'Laad `{module}` (`dmesg` noemt ontbrekende NPU-firmware)',
  'acc.driver.fix.kfd': 'Laad `amdgpu`; `/dev/kfd` komt ermee',
  'acc.usb_single_device':
    '{path} ({id}) wordt als één USB-apparaatknooppunt doorgegeven: het nummer verandert telkens als het apparaat opnieuw wordt aangesloten of de host herstart, en de regel wijst dan naar niets of naar een ander apparaat.',
  'acc.usb_single_device.coral':
    '{path} is een Coral USB ({id}), doorgegeven als één apparaatknooppunt. De Coral meldt zich opnieuw aan zodra zijn firmware laadt (1a6e:089a "Global Unichip" wordt 18d1:9302 "Google"), onder een nieuw apparaatnummer; het knooppunt in de container veroudert en er wordt geen Edge TPU gevonden.',
  'acc.usb_single_device.moved':
    '{path} bestaat niet meer: de Coral USB heeft zich opnieuw aangemeld en is nu {now} ({id}). Een regel voor één apparaat kan hem niet volgen: de container start niet (devN) of start zonder de TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} bestaat niet meer: USB-apparaatnummers veranderen bij elke nieuwe aanmelding, herkoppeling en herstart.',
  'acc.usb_single_device.fix':
    'Koppel in plaats daarvan de hele USB-busmap, zodat het apparaat bereikbaar is onder welk nummer het ook krijgt',
  'acc.usb_single_device.fix.coral':
    'Koppel in plaats daarvan de hele USB-busmap en voeg op de host een udev-regel toe, zodat de niet-geprivilegieerde container beide Coral-id’s kan openen',
  'acc.usb_access':
    '{path} (Coral USB, {id}) is {owner} op de host; de niet-geprivilegieerde container ziet {ctOwner} en kan het niet openen om te schrijven, dus libedgetpu vindt geen Edge TPU. Het knooppunt na de nieuwe aanmelding krijgt dezelfde eigenaar.',
  'acc.usb_access.fix':
    'Voeg op de host een udev-regel toe die beide Coral-USB-id’s (1a6e:089a en 18d1:9302) modus 0666 geeft en trigger udev opnieuw',
  'acc.usb_access.minor':
    'De apparaat-cgroup laat {path} alleen door als {devt}, het huidige nummer van de Coral USB. Meldt hij zich opnieuw aan (1a6e:089a wordt 18d1:9302), dan krijgt hij het volgende nummer op de bus, en open() in de container mislukt met EPERM.',
  'acc.usb_access.fix.minor': 'Sta elk USB-apparaatnummer (major 189) toe in plaats van één',
  'acc.driver.hailo_other':
    'Ontbreekt op de host: {paths}. `{other}` is geladen, maar dat stuurt de Hailo-10H aan; deze kaart ({pci}, een Hailo-8/8L) heeft `hailo_pci` nodig, en dat is niet geladen.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Wat hooks en hookscripts met apparaten doen',
  'ct.hook_script.ops':
    '`{hook}` draait voordat de container start en doet dit met apparaten: {ops}. De controles beoordelen de nodes zoals ze daarna zijn.',
  'ct.hook_script.opaque':
    '`{hook}` doet dingen met apparaten die dit paneel niet kan volgen ({lines}). De oordelen over de betrokken nodes hangen af van wat het doet.',
  'ct.hook_script.unreadable':
    'Het script van `{hook}` ({path}) kon niet volledig worden gelezen. De oordelen over de apparaatnodes hangen af van wat het doet.',
  'ct.hook_script.missing':
    '`{hook}`: {path} bestaat niet of is geen gewoon bestand. PVE of LXC kan het niet uitvoeren, en de container start niet.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} is niet uitvoerbaar. PVE of LXC kan het niet uitvoeren (`is not executable`), en de container start niet.',
  'ct.hook_script.fix.missing': 'Het script terugzetten en uitvoerbaar maken, of de hook verwijderen',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` maakt {nodes} aan met mknod in een niet-geprivilegieerde container. Zijn user namespace mag geen apparaatnodes aanmaken (`Operation not permitted`), dus de node is er niet.} other {`{hook}` maakt {nodes} aan met mknod in een niet-geprivilegieerde container. Zijn user namespace mag geen apparaatnodes aanmaken (`Operation not permitted`), dus de nodes zijn er niet.}}',
  'ct.hook_script.fix.devn':
    'Geef de nodes in plaats daarvan door met devN-regels: PVE maakt ze aan in de container',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Een hook maakt {nodes} aan, maar de apparaat-cgroup staat die niet toe: open() geeft `Operation not permitted`.} other {Een hook maakt {nodes} aan, maar de apparaat-cgroup staat ze niet toe: open() geeft `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'De nvidia-hook van LXC kan draaien',
  'nv.lxc_hook':
    'De nvidia-hook van LXC koppelt bij elke start de NVIDIA-apparaatnodes ({devices}) en de bibliotheken van het hoststuurprogramma in de container (`nvidia-container-cli`), dus de stuurprogrammabibliotheken van de container passen altijd bij de kernelmodule van de host.',
  'nv.lxc_hook.missing':
    '{path} bestaat niet op deze host: de mount-hook kan niet draaien, en de container start niet.',
  'nv.lxc_hook.not_mount':
    'De nvidia-hook van LXC staat ingesteld als `{key}`. Hij werkt alleen als `lxc.hook.mount` en stopt anders met `This hook must be used as a "mount" hook`: de container start niet.',
  'nv.lxc_hook.privileged':
    'De nvidia-hook van LXC werkt alleen in niet-geprivilegieerde containers (`This hook currently only works in unprivileged mode`). In deze geprivilegieerde container mislukt hij, en de container start niet.',
  'nv.lxc_hook.no_cli':
    'De nvidia-hook van LXC voert `nvidia-container-cli` uit, dat op deze host ontbreekt (`Missing tool nvidia-container-cli`): de container start niet.',
  'nv.lxc_hook.no_env':
    'De nvidia-hook van LXC doet niets zolang `lxc.environment` `NVIDIA_VISIBLE_DEVICES` niet op iets anders dan leeg of `void` zet: geen NVIDIA-node of -bibliotheek bereikt de container.',
  'nv.lxc_hook.fix.cli': 'Installeer het pakket dat het levert',
  'nv.lxc_hook.fix.mount': 'Gebruik de hook als mount-hook',
  'nv.lxc_hook.fix.privileged':
    'Verwijder de hook en geef de NVIDIA-nodes door met devN, of gebruik een niet-geprivilegieerde container',
  'nv.lxc_hook.fix.env': 'Stel de variabelen in die de hook leest',
  'ct.generated_config.title': 'Wat LXC bij de laatste start heeft toegepast',
  'ct.generated_config.extra':
    '{count, plural, one {LXC heeft bij de laatste start een regel toegepast die niet in de configuratie staat (een hook schreef die, of hij is sindsdien verwijderd): {lines}.} other {LXC heeft bij de laatste start {count} regels toegepast die niet in de configuratie staan (een hook schreef ze, of ze zijn sindsdien verwijderd): {lines}.}} De controles van deze draaiende container beoordelen wat LXC heeft toegepast (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {Een regel van de configuratie is bij de laatste start niet toegepast (hij is later toegevoegd): {lines}. Hij werkt na een herstart van de container; tot dan beoordelen de controles de container zonder die regel.} other {{count} regels van de configuratie zijn bij de laatste start niet toegepast (ze zijn later toegevoegd): {lines}. Ze werken na een herstart van de container; tot dan beoordelen de controles de container zonder die regels.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {Het hookscript {script} voegt bij elke start een regel toe aan de gegenereerde configuratie: {lines}. De controles tellen die als toegepast.} other {Het hookscript {script} voegt bij elke start {count} regels toe aan de gegenereerde configuratie: {lines}. De controles tellen ze als toegepast.}}',
  'ct.read_limits.title': 'Bestanden in de container zijn volledig gelezen',
  'ct.read_limits':
    '{count, plural, one {Een bestand in de container kon niet volledig worden gelezen: {paths}.} other {{count} bestanden in de container konden niet volledig worden gelezen: {paths}.}} De oordelen van {checks} berusten op wat gelezen is en kunnen onjuist zijn.',
  'ct.config_syntax.lxc_unknown_key':
    'Regel {line}: `{key}` is geen sleutel die PVE aan LXC doorgeeft. PVE laat de regel vallen (`unable to parse config`), dus hij heeft geen effect.',
  'ct.config_syntax.lxc_removed_key':
    'Regel {line}: `{key}` is in LXC 3.0 verwijderd (nu `{new}`). PVE geeft hem door, en LXC weigert de container te starten.',
  'ct.config_syntax.cgroup_key':
    'Regel {line}: `{key}` is geen sleutel voor apparaatregels (`lxc.cgroup2.devices.allow` of `lxc.cgroup2.devices.deny`). LXC kan hem niet toepassen, en de container start niet.',
  'ct.config_syntax.cgroup_rule':
    'Regel {line}: `{value}` is geen apparaatregel die LXC kan lezen (`a`, of `c` of `b` gevolgd door `major:minor` en `rwm`). De container start niet.',
  'ct.config_syntax.mount_fields':
    'Regel {line}: `{value}` heeft minder dan de vier velden van een mount-regel (bron, doel, type, opties). De mount mislukt, en de container start niet.',
  'host.prestart_chown.fix.script':
    'Verwijder deze opdrachten uit {script} en geef de nodes door met devN: PVE geeft de container een eigen kopie van elke node met de gevraagde eigenaar',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'De container kan een MIG-instantie openen',
  'nv.mig_caps.none':
    'MIG staat aan voor {gpu} ({count, plural, one {één GPU-instantie} other {{count} GPU-instanties}}: {instances}), maar de container heeft geen van hun capability-nodes. Met alleen {gpu} vindt CUDA geen apparaat: een MIG-instantie wordt geopend via de toegangsnode van haar GPU-instantie en die van een van haar compute-instanties, `/dev/nvidia-caps/nvidia-cap<minor>` (minornummers in `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'De container heeft maar een deel van GPU-instantie {gi} van {gpu}; ontbreekt: {nodes}. Een MIG-instantie heeft de toegangsnode van haar GPU-instantie nodig en die van een van haar compute-instanties.',
  'nv.mig_caps.blocked':
    '{count, plural, one {De MIG-capability-node {nodes} is gekoppeld, maar de apparaat-cgroup staat hem niet toe} other {De MIG-capability-nodes {nodes} zijn gekoppeld, maar de apparaat-cgroup staat ze niet toe}}: CUDA kan geen instantie van {gpu} openen.',
  'nv.mig_caps.fix.add': 'De toegangsnodes van GPU-instantie {gi} en haar compute-instantie {ci} doorgeven',
  'nv.mig_caps.fix.allow': 'De capability-nodes toestaan in de apparaat-cgroup',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Nog geen meting voor deze GPU.',
  'collector.msg.stale': 'Al {seconds} s geen geldige meting: deze cijfers zijn van toen.',
  'collector.msg.stale_why': 'Al {seconds} s geen geldige meting ({why}): deze cijfers zijn van toen.',
  'collector.msg.suspended':
    'De GPU staat in runtime-suspend (inactief); hij wordt niet gewekt om uit te lezen.',
  'collector.msg.legacy_amdgpu':
    'Deze kernel schrijft het amdgpu-fdinfo-formaat van vóór 5.19 (Linux 5.14–5.18, bijv. PVE 7.2–7.4): gebruik per proces wordt niet ondersteund; werk bij naar een kernel van PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {{count} proces kon niet gelezen worden (toegang geweigerd): voer de dienst uit als root.} other {{count} processen konden niet gelezen worden (toegang geweigerd): voer de dienst uit als root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} proces heeft bestanden op een bestandssysteem dat niet antwoordt (een vastgelopen FUSE- of NFS-koppeling); die bestanden worden overgeslagen.} other {{count} processen hebben bestanden op een bestandssysteem dat niet antwoordt (een vastgelopen FUSE- of NFS-koppeling); die bestanden worden overgeslagen.}}',
  'collector.msg.nvidia_starting': 'nvidia-smi wordt gestart.',
  'collector.msg.nvidia_missing_package':
    '{command} niet gevonden: deze host heeft geen hulpprogramma’s van het NVIDIA-stuurprogramma (Debian-pakket `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} niet gevonden.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` is mislukt ({error}).',
  'collector.msg.nvidia_no_index_fields': 'nvidia-smi kent de queryvelden `index` en `pci.bus_id` niet.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} is gestopt ({why}); herstart over {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} antwoordt niet meer; herstarten.',
  'collector.msg.nvidia_mismatch':
    'De versies van NVIDIA-stuurprogramma en -bibliotheken komen niet overeen: de geladen kernelmodule verschilt van de geïnstalleerde bibliotheken, meestal na een update van het stuurprogramma zonder herstart. Herstart de host (of laad de nvidia-modules opnieuw).',
  'collector.msg.nvidia_mismatch_versions':
    'De versies van NVIDIA-stuurprogramma en -bibliotheken komen niet overeen (NVML in userspace {nvml}, geladen kernelmodule {module}): de geladen kernelmodule verschilt van de geïnstalleerde bibliotheken, meestal na een update van het stuurprogramma zonder herstart. Herstart de host (of laad de nvidia-modules opnieuw).',
  'collector.msg.nvidia_mismatch_nvml':
    'De versies van NVIDIA-stuurprogramma en -bibliotheken komen niet overeen (NVML in userspace {nvml}): de geladen kernelmodule verschilt van de geïnstalleerde bibliotheken, meestal na een update van het stuurprogramma zonder herstart. Herstart de host (of laad de nvidia-modules opnieuw).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi heeft op deze host geen NVIDIA-GPU gevonden.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi kan het NVIDIA-stuurprogramma niet bereiken: de kernelmodule is niet geladen.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi weigerde een queryveld: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi is mislukt: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon wordt op deze GPU niet ondersteund.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon antwoordt "Not supported on the device(s)" voor deze GPU’s (sommige GeForce-, vGPU- en MIG-opstellingen): het gebruik per proces is onbekend; het geheugen per proces komt uit `--query-compute-apps` en de hele GPU wordt zoals gewoonlijk gemeten.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi vermeldt deze GPU niet.',
  'collector.msg.nvidia_not_running': 'nvidia-smi draait niet voor deze GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi heeft deze GPU al {seconds} s niet gemeld: de cijfers zijn van toen.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    "nvidia-smi {name} heeft in {seconds} s niets uitgevoerd; herstarten met een langere wachttijd. Zonder persistentiemodus richt het stuurprogramma de GPU's pas in voor het eerste programma dat ze opent, wat tientallen seconden kan duren: start `nvidia-persistenced`.",
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'bestaat niet',
  'evidence.exists': 'bestaat',
  'evidence.pve_default_map': 'standaardtoewijzing van PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'geen regel voor root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} uid-regel} other {{count} uid-regels}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} gid-regel} other {{count} gid-regels}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (uniforme hiërarchie)',
  'evidence.cgroup.hybrid': 'cgroup v1 en v2 naast elkaar (hybride)',
  'evidence.cgroup.unknown': 'cgroup-indeling niet herkend',
  'evidence.apparmor.enabled': 'AppArmor staat aan',
  'evidence.apparmor.disabled': 'AppArmor staat uit',
  'evidence.no_driver': 'geen stuurprogramma gekoppeld',
  'evidence.pci_no_driver': '{id}: geen stuurprogramma gekoppeld',
  'evidence.node.char': 'tekenapparaat {devt}',
  'evidence.node.block': 'blokapparaat {devt}',
  'evidence.node.file': 'gewoon bestand, geen apparaatbestand',
  'evidence.node.dir': 'map, geen apparaatbestand',
  'evidence.no_group_gid': 'geen groep heeft gid {gid}',
  'evidence.no_group_name': 'geen groep {group}',
  'evidence.uvm_listed': '`nvidia_uvm` staat in de lijst',
  'evidence.uvm_not_listed': '`nvidia_uvm` staat niet in de lijst',
  'evidence.no_cgroups_unset': '`no-cgroups` is niet ingesteld',
  'evidence.docker_dir': 'de gegevensmap van Docker is aanwezig',
  'evidence.no_vaapi_driver': 'geen VA-API-stuurprogramma (`*_drv_video.so`)',
  'evidence.read.denied': 'toegang geweigerd',
  'evidence.read.not_regular': 'geen gewoon bestand',
  'evidence.read.not_directory': 'geen map',
  'evidence.read.symlink': 'symbolische koppeling, niet gevolgd',
  'evidence.read.error': 'leesfout',
  'evidence.read.timeout': 'geen antwoord binnen de tijdslimiet',
  'evidence.read.truncated': 'groter dan de groottelimiet, deels gelezen',
  'evidence.unreadable': 'kon niet gelezen worden',
  'evidence.module_not_loaded': 'module niet geladen',
  'evidence.privileged_config': 'noch `unprivileged: 1` noch `lxc.idmap`',
  'evidence.hook.not_executable': 'niet uitvoerbaar',
  'evidence.hook.too_big': 'groter dan de groottelimiet, niet gelezen',
  'evidence.hook.storage': 'de opslag is geen mapopslag: het bestand is niet te vinden',
  'evidence.unprivileged_ct': 'niet-geprivilegieerde container',
  'evidence.privileged_ct': 'geprivilegieerde container',
  'evidence.nvidia_nodes_passed': 'NVIDIA-apparaatbestanden worden doorgegeven',
  'evidence.no_caps_major': 'geen regel `nvidia-caps`',
};
