// SPDX-License-Identifier: AGPL-3.0-or-later
// Italiano: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Nessuna chiave cgroup v1',
  'cgroup.not_allowed.title': 'Il cgroup dei dispositivi consente ogni nodo montato',
  'cgroup.stale_major.title': 'I major consentiti corrispondono ai dispositivi attuali',
  'cgroup.allow_all.title': 'Nessuna regola che consente tutti i dispositivi',
  'cgroup.redundant.title': 'Nessuna regola allow per nodi non montati',
  'ct.config_syntax.title': 'Ogni riga di configurazione è leggibile',
  'ct.pending.title': 'Modifiche in attesa',
  'ct.node_check.title': 'I nodi nel container sono i dispositivi dell’host',
  'ct.service_user_groups.title': 'Gli utenti dei servizi possono aprire la GPU',
  'ct.group_collision.title': 'Un solo gruppo render e un solo gruppo video',
  'ct.vaapi_driver.title': 'È installato un driver VA-API per la GPU',
  'dev.path_missing.title': 'I percorsi dei dispositivi passati esistono sull’host',
  'dev.not_device.title': 'I percorsi passati sono nodi di dispositivo',
  'dev.node_renamed.title': 'Nomi stabili dei nodi GPU',
  'dev.bypath.title': 'I nodi by-path appaiono con il loro nome by-path',
  'dev.gid_default.title': 'Le voci devN della GPU impostano un gruppo',
  'dev.gid_wrong_group.title': 'Il gruppo di devN è il gruppo render/video del container',
  'dev.id_unmapped.title': 'uid/gid di devN sono mappati',
  'dev.nvidia_mode.title': 'I nodi NVIDIA sono utilizzabili dai servizi del container',
  'dev.kfd_gid.title': '/dev/kfd appartiene al gruppo render',
  'dev.conflict.title': 'Nessun nodo è passato due volte',
  'dev.render_numbering.title': 'renderD128 è presente per la ricerca predefinita',
  'dev.vendor.title': 'A quale GPU appartiene ogni nodo passato',
  'host.gpu_inventory.title': 'GPU dell’host e relativi nodi',
  'host.no_drm_node.title': 'Ogni GPU dell’host ha un driver e dei nodi',
  'host.world_rw_nodes.title': 'I nodi GPU sull’host non sono scrivibili da tutti',
  'host.prestart_chown.title': 'Gli hook non cambiano il proprietario dei nodi di dispositivo dell’host',
  'idmap.syntax.title': 'Le righe lxc.idmap sono valide',
  'idmap.deprecated_key.title': 'Nome della chiave lxc.idmap',
  'idmap.type_missing.title': 'La mappa personalizzata ha righe sia uid sia gid',
  'idmap.root_unmapped.title': 'Il root del container è mappato',
  'idmap.overlap.title': 'Nessun ID è mappato due volte',
  'idmap.gap.title': 'Ogni ID del container 0–65535 è mappato',
  'idmap.host_root.title': 'Il root dell’host non è mappato nel container',
  'idmap.passthrough_ids.title': 'ID dell’host condivisi con il container',
  'idmap.too_many_ranges.title': 'Al massimo 340 intervalli per tipo di ID',
  'mon.pmu_in_ct.title': 'Perché i monitor GPU (intel_gpu_top) falliscono in questo container',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid non è abbassato',
  'mon.nvml_pids.title': 'nvidia-smi non mostra processi all’interno del container',
  'mon.ineffective_workarounds.title': 'Impostazioni che non aiutano l’accesso alla PMU',
  'mount.optional_missing.title': 'Le sorgenti bind opzionali esistono',
  'mount.no_create.title': 'I bind in /dev creano la loro destinazione',
  'mount.create_kind.title': 'create= corrisponde alla sorgente',
  'mount.bad_path.title': 'Sorgenti e destinazioni dei bind sono ben formate',
  'mount.duplicate.title': 'Nessuna coppia di bind condivide una destinazione',
  'mount.unmapped_owner.title': 'I nodi montati sono utilizzabili all’interno del container',
  'mount.cosmetic.title': 'Le righe bind terminano in modo pulito',
  'mount.dri_dir.title': 'Sono montati solo i nodi DRM necessari',
  'nv.module.title': 'Il modulo del kernel NVIDIA è caricato',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm esiste a ogni avvio',
  'nv.node_set.title': 'L’insieme dei nodi NVIDIA è completo',
  'nv.version_mismatch.title': 'Le librerie NVIDIA del container corrispondono al driver dell’host',
  'nv.kernel_pkgs_in_ct.title': 'Nessun pacchetto kernel NVIDIA nel container',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit funziona in un CT non privilegiato',
  'sec.privileged_gpu.title': 'I container con GPU non sono privilegiati',
  'sec.apparmor_unconfined.title': 'Il confinamento AppArmor è attivo',
  'sec.seccomp_off.title': 'Il filtro delle syscall è intatto',
  'sec.cap_drop_empty.title': 'Le capability rimosse da LXC restano rimosse',
  'sec.cap_keep.title': 'Nessun lxc.cap.keep',
  'sec.system_dir_bind.title': 'Nessuna directory di sistema dell’host nel container',
  'sec.proc_sys_rw.title': '/proc e /sys non sono scrivibili',
  'sec.host_binary_bind.title': 'Nessun binario o libreria dell’host montato nel container',
  'subid.not_allowed.title': '/etc/subuid e /etc/subgid consentono la mappa',
  'subid.typo_file.title': 'Nessun file degli ID subordinati con nome errato',
  'subid.nss.title': 'Gli ID subordinati provengono dai file',
  'intel.huc.title': 'Il firmware HuC è caricato (codifica a basso consumo)',
  'intel.sriov_vf.title': 'Funzioni virtuali SR-IOV',
  'amd.kfd.title': 'ROCm ha /dev/kfd',
  'fix.remove_line': 'Rimuovi la riga',
  'fix.optional_cleanup': 'Pulizia facoltativa',
  'fix.restart': 'Riavvia il container per applicare la configurazione',
  'cgroup.v1_key.no_effect':
    '`{line}` è una chiave cgroup v1. Questo host usa cgroup v2 (PVE 7 e successivi; PVE 9 non ha affatto v1), quindi la riga non ha effetto. PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` è una chiave cgroup v1. Questo host usa cgroup v2 (PVE 7 e successivi; PVE 9 non ha affatto v1), quindi la riga non ha effetto e questi dispositivi restano bloccati (`Operation not permitted`). PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` è una chiave cgroup v1. Questo host usa cgroup v2 (PVE 7 e successivi; PVE 9 non ha affatto v1), quindi la riga non ha effetto. PVE registra `{key} is deprecated, this will be a hard error in the future!`. Riscritta come lxc.cgroup2.devices.allow consentirebbe ogni dispositivo (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename': 'Rinominala con la chiave cgroup2, o meglio sostituisci le voci raw con devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} è montato ma il cgroup dei dispositivi non lo consente. Il file è visibile nel container, ma ogni open() restituisce `Operation not permitted`.} other {{nodes} sono montati ma il cgroup dei dispositivi non li consente. I file sono visibili nel container, ma ogni open() restituisce `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} è visibile tramite il bind di una directory ma il cgroup dei dispositivi non lo consente: open() restituisce `Operation not permitted`. Non serve per VA-API o per il calcolo.} other {{nodes} sono visibili tramite il bind di una directory ma il cgroup dei dispositivi non li consente: open() restituisce `Operation not permitted`. Non servono per VA-API o per il calcolo.}}',
  'cgroup.not_allowed.fix': 'Consenti i nodi, oppure usa devN, che genera le regole a ogni avvio',
  'cgroup.stale_major.since_start':
    '`{path}` ora è {devt}, ma il container è stato avviato con regole dei dispositivi per {started} (/var/lib/lxc/{vmid}/config). Dopo l’avvio il driver è stato ricaricato o rinumerato: il nodo è bloccato nel container in esecuzione.',
  'cgroup.stale_major.fix.restart': 'Riavvia il container: PVE rigenera le regole dai nodi attuali',
  'cgroup.stale_major':
    'La configurazione consente il major {major}, che nessun dispositivo attuale usa, mentre `{path}` ora è {devt}. I major dinamici (nvidia-uvm, nvidia-caps, kfd) cambiano dopo gli aggiornamenti del driver.',
  'cgroup.stale_major.named':
    'La configurazione consente il major {major}, che nessun dispositivo attuale usa, mentre `{path}` ora è {devt} ({driver} in /proc/devices). I major dinamici (nvidia-uvm, nvidia-caps, kfd) cambiano dopo gli aggiornamenti del driver.',
  'cgroup.stale_major.fix':
    'Aggiorna il numero, oppure passa a devN (le regole vengono rigenerate da stat() a ogni avvio)',
  'cgroup.allow_all':
    'Il container può leggere e scrivere ogni nodo di dispositivo che può creare o raggiungere, compresi i dispositivi a blocchi.',
  'cgroup.allow_all.privileged':
    'Il container può leggere e scrivere ogni nodo di dispositivo che può creare o raggiungere, compresi i dispositivi a blocchi. In un container privilegiato questo significa accesso ai dischi dell’host.',
  'cgroup.allow_all.fix': 'Rimuovila; consenti i singoli nodi GPU (oppure usa devN)',
  'cgroup.redundant.by_devn': '`c {devt}` è già consentito da PVE per `{key}`.',
  'cgroup.redundant': '`c {devt}` è consentito ma nessun nodo montato ha quel numero.',
  'ct.config_syntax.fix': 'Correggi o rimuovi la riga',
  'ct.config_syntax.fix.dev':
    'Scrivila come dev<N>: /dev/<percorso>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE supporta dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Rinumera le voci',
  'ct.pending.idmap':
    'Il container è in esecuzione con la mappa degli ID ricevuta all’ultimo avvio ({started}); ora la configurazione indica {now}. La nuova mappa si applica dopo un riavvio.',
  'ct.pending.idmap_removed':
    'Il container è in esecuzione con la mappa degli ID ricevuta all’ultimo avvio ({started}); ora la configurazione non ha alcuna mappa. La nuova mappa si applica dopo un riavvio.',
  'ct.pending':
    'Queste modifiche sono in attesa e si applicano al prossimo avvio del container; i controlli sopra descrivono la configurazione attiva: {changes}.',
  'ct.config_syntax.delete': 'Riga {line}: `delete` è consentito solo in [pve:pending]; qui PVE lo ignora.',
  'ct.config_syntax.empty_option':
    'Riga {line}: l’opzione `{key}` non ha un valore; PVE registra `unable to parse config` e ignora la riga.',
  'ct.config_syntax.unparsable':
    'Riga {line}: PVE non riesce ad analizzare questa riga (`unable to parse config`) e la ignora.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` non è un numero. PVE rifiuta la voce.',
  'ct.config_syntax.dev.bad_mode': '`{key}`: `{option}` non è un modo ottale come 0660. PVE rifiuta la voce.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: opzione sconosciuta `{option}`. PVE rifiuta la voce.',
  'ct.config_syntax.dev.no_path': '`{key}` non indica alcun percorso di dispositivo. PVE rifiuta la voce.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` non si trova sotto /dev/. PVE rifiuta la voce.',
  'ct.config_syntax.dev.dot_path': '`{key}`: `{path}` contiene componenti /. o /.. . PVE rifiuta la voce.',
  'ct.node_check.missing': '`{path}` non esiste nel container (vedi {see}).',
  'ct.node_check.placeholder':
    '`{path}` nel container è un file regolare (segnaposto): il bind mount non è avvenuto (vedi {see}).',
  'ct.node_check.not_device':
    '`{path}` nel container non è un nodo di dispositivo: il bind mount non è avvenuto (vedi {see}).',
  'ct.node_check.stale':
    '`{path}` nel container è {devt}, il nodo dell’host è {hostDevt}: un nodo obsoleto precedente a un ricaricamento del driver (vedi {see}). Riavvia il container.',
  'ct.node_check.fix': 'Riavvia il container dopo aver corretto il controllo indicato',
  'ct.service_user_groups':
    'L’utente `{user}` non può aprire `{path}`: appartiene al gid {gid}, modo {mode}, e {user} è in {groups}.',
  'ct.service_user_groups.no_groups':
    'L’utente `{user}` non può aprire `{path}`: appartiene al gid {gid}, modo {mode}, e {user} non è in alcun gruppo aggiuntivo.',
  'ct.service_user_groups.fix.add_user':
    'Aggiungi {user} a {group} all’interno del container e riavvia il servizio',
  'ct.service_user_groups.fix.devn_gid':
    'Assegna al nodo il gruppo render del container ({see}), poi riavvia il container',
  'ct.service_user_groups.fix.node_group':
    'Assegna al nodo il gruppo render del container (vedi dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'Il container ha {count} gruppi `{group}` ({gids}); gli strumenti risolvono il nome in uno solo di essi.',
  'ct.group_collision.fix': 'Rimuovi il duplicato; mantieni il gid a cui appartiene il nodo',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 impone il driver legacy, che supporta solo GPU precedenti a Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Rimuovi LIBVA_DRIVER_NAME o impostalo su iHD',
  'ct.vaapi_driver.only_i965':
    'Il container ha solo il driver VA-API legacy i965. Per le GPU Intel Gen9 e successive installa intel-media-va-driver-non-free (Debian: abilita non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'Il container ha solo il driver VA-API legacy i965. Per le GPU Intel Gen9 e successive installa intel-media-va-driver-non-free (Debian: abilita non-free). Il container non può ancora aprire il nodo render (vedi sopra); correggi prima l’accesso, poi ricontrolla il driver (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'Nel container non è stato trovato alcun driver VA-API Intel (iHD_drv_video.so). Per le GPU Intel Gen9 e successive installa intel-media-va-driver-non-free (Debian: abilita non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'Nel container non è stato trovato alcun driver VA-API Intel (iHD_drv_video.so). Per le GPU Intel Gen9 e successive installa intel-media-va-driver-non-free (Debian: abilita non-free). Il container non può ancora aprire il nodo render (vedi sopra); correggi prima l’accesso, poi ricontrolla il driver (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Installa il driver multimediale all’interno del container',
  'ct.vaapi_driver.no_radeonsi': 'Nel container non è stato trovato radeonsi_drv_video.so (mesa-va-drivers).',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'Nel container non è stato trovato radeonsi_drv_video.so (mesa-va-drivers). Il container non può ancora aprire il nodo render (vedi sopra); correggi prima l’accesso, poi ricontrolla il driver (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Installa mesa-va-drivers all’interno del container',
  'dev.path_missing':
    '`{entry}` non esiste sull’host; `pct start` si interrompe con `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` non esiste sull’host; `pct start` si interrompe con `Device {path} does not exist`. L’host ha invece {others}: la numerazione DRM può cambiare tra un avvio e l’altro e tra versioni del kernel (vedi dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` non esiste sull’host; `pct start` si interrompe con `Device {path} does not exist`. /dev/nvidia-uvm esiste solo dopo che il modulo nvidia_uvm è stato caricato e il suo nodo creato (vedi nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` non esiste sull’host; `pct start` si interrompe con `Device {path} does not exist`. Probabilmente il modulo del kernel NVIDIA non è caricato (vedi nv.module).',
  'dev.path_missing.fix.repoint':
    'Fai puntare la voce al nodo esistente, preferibilmente tramite il suo nome by-path stabile',
  'dev.path_missing.fix.create':
    'Fai in modo che il dispositivo esista sull’host prima dell’avvio del container, oppure rimuovi la voce',
  'dev.not_device.file':
    '`{path}` sull’host è un file regolare, non un dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` sull’host è una directory, non un dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Rimuovi il file e lascia che udev ricrei il nodo; poi vedi dev.conflict per capire come ci è finito',
  'dev.node_renamed.gone':
    '`{path}` non esiste più e ora l’host ha {others}: probabilmente la GPU è stata rinumerata. Dal kernel 5.14 il framebuffer di avvio simpledrm prende spesso per primo card0, e i numeri possono cambiare tra un avvio e l’altro e con gli aggiornamenti del kernel.',
  'dev.node_renamed':
    'La configurazione indica `{path}` per numero. Oggi corrisponde all’host, ma la numerazione DRM può cambiare (simpledrm che prende card0, aggiornamenti del kernel, una seconda GPU). VA-API, QSV e NVENC hanno bisogno solo del nodo render.',
  'dev.node_renamed.fix.bypath': 'Usa il nome by-path stabile (oppure elimina del tutto il nodo card)',
  'dev.node_renamed.fix.drop':
    'Elimina il nodo card (basta il nodo render), oppure usa i nomi /dev/dri/by-path',
  'dev.bypath':
    'PVE crea il nodo nel container al percorso configurato `{path}`, non in `{node}` (l’hook autodev monta su /dev/<percorso configurato>). Le applicazioni che cercano /dev/dri/renderD128 non lo troveranno.',
  'dev.bypath.fix':
    'Indica all’applicazione il nodo by-path (Jellyfin «Dispositivo VA-API», ffmpeg -vaapi_device, LIBVA_DRM_DEVICE dove supportato), oppure aggiungi un link simbolico nel container all’avvio',
  'dev.gid_default':
    '`{path}` sarà `root:root 0660` nel container: solo il root del container può usarlo; i servizi eseguiti con un proprio utente (jellyfin, plex, immich, frigate, ollama) ottengono `Permission denied`.',
  'dev.gid_default.fix':
    'Assegna al nodo il gruppo {group} del container (valore letto da /etc/group del container quando è in esecuzione)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` usa il gid {gid}, il gid render dell’HOST. Il gid in devN è un gid del container: deve essere il gruppo render all’interno del container, che spesso è diverso (Debian 12: 105, Ubuntu 24.04: 993). Avvia il container per permettere a questo controllo di leggerne /etc/group.',
  'dev.gid_wrong_group.fix.lookup': 'Cerca il gid all’interno del container e usa quello',
  'dev.gid_wrong_group.render':
    '`{key}` imposta il gid {gid}, che è `{group}` all’interno di questo container ({os}); il suo gruppo `render` è {want}. Il nodo render appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` imposta il gid {gid}, che non corrisponde ad alcun gruppo all’interno di questo container ({os}); il suo gruppo `render` è {want}. Il nodo render appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` imposta il gid {gid}, che è `{group}` all’interno di questo container ({os}); il container non ha un gruppo `render`. Il nodo render appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` imposta il gid {gid}, che non corrisponde ad alcun gruppo all’interno di questo container ({os}); il container non ha un gruppo `render`. Il nodo render appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.card':
    '`{key}` imposta il gid {gid}, che è `{group}` all’interno di questo container ({os}); il suo gruppo `video` è {want}. Il nodo card appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` imposta il gid {gid}, che non corrisponde ad alcun gruppo all’interno di questo container ({os}); il suo gruppo `video` è {want}. Il nodo card appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` imposta il gid {gid}, che è `{group}` all’interno di questo container ({os}); il container non ha né un gruppo `video` né un gruppo `render`. Il nodo card appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` imposta il gid {gid}, che non corrisponde ad alcun gruppo all’interno di questo container ({os}); il container non ha né un gruppo `video` né un gruppo `render`. Il nodo card appartiene quindi al gruppo sbagliato. (Il gid in devN è un gid del container; qui il gid render dell’host non conta.)',
  'dev.gid_wrong_group.fix.create_group':
    'Crea prima il gruppo {group} all’interno del container (ad es. installando i pacchetti GPU in spazio utente), poi imposta qui il suo gid',
  'dev.gid_wrong_group.fix': 'Imposta {key} sul gid {group} del container e riavvia il container',
  'dev.id_unmapped.gid':
    '`gid={id}` non è mappato dal lxc.idmap di questo container, quindi PVE assegna il nodo al gid {id} dell’host e il container vede `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` non è mappato dal lxc.idmap di questo container, quindi PVE assegna il nodo all’uid {id} dell’host e il container vede `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Usa un gid mappato (il gruppo render del container) o correggi la mappa (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Usa un uid mappato o correggi la mappa (idmap.gap)',
  'dev.nvidia_mode':
    'Sull’host i nodi NVIDIA sono 0666; tramite devN diventano `0660 root:{group}` nel container, quindi i servizi che non sono in quel gruppo (ollama, jellyfin, immich …) non possono aprirli.',
  'dev.nvidia_mode.users':
    'Sull’host i nodi NVIDIA sono 0666; tramite devN diventano `0660 root:{group}` nel container, quindi i servizi che non sono in quel gruppo ({users}) non possono aprirli.',
  'dev.nvidia_mode.fix':
    'Aggiungi mode=0666 alle voci devN NVIDIA (la stessa esposizione che sull’host; il driver applica i propri controlli), oppure aggiungi gli utenti dei servizi al gruppo',
  'dev.kfd_gid':
    'ROCm si aspetta che /dev/kfd sia accessibile tramite il gruppo render; qui il gruppo è {gid}. rocminfo/ollama segnalano `Unable to open /dev/kfd read-write: Permission denied` per gli utenti che sono solo in render.',
  'dev.kfd_gid.fix': 'Assegna a /dev/kfd il gid render del container',
  'dev.conflict.twice':
    '`{first}` e `{second}` passano entrambi `{path}`; il secondo mknod dell’hook autodev trova un file già esistente e l’avvio fallisce (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Mantieni una sola voce',
  'dev.conflict.mount':
    '`{entry}` e un `lxc.mount.entry` su `{target}`: LXC esegue le voci di mount prima dell’hook autodev, il cui mknod trova poi un file già esistente (`Could not mknod …: File exists`) e l’avvio fallisce con `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` e un `lxc.mount.entry` su `{target}`: LXC esegue le voci di mount prima dell’hook autodev, il cui mknod trova poi un file già esistente (`Could not mknod …: File exists`) e l’avvio fallisce con `Script exited with status 17`. Con il bind di un’intera directory l’hook scrive perfino nella directory reale dell’host.',
  'dev.conflict.fix.remove_bind': 'Per un nodo usa devN oppure voci raw, mai entrambi; rimuovi il bind raw',
  'dev.render_numbering':
    '{count, plural, one {Nel container è presente solo {nodes}. La ricerca predefinita di libva parte da renderD128 (intel/libva#540), quindi vainfo/ffmpeg senza un dispositivo esplicito possono fallire.} other {Nel container sono presenti solo {nodes}. La ricerca predefinita di libva parte da renderD128 (intel/libva#540), quindi vainfo/ffmpeg senza un dispositivo esplicito possono fallire.}}',
  'dev.render_numbering.fix':
    'Configura il percorso del dispositivo nell’applicazione (ad es. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'Il container passa /dev/kfd (AMD ROCm) ma un nodo render di un altro produttore. {nodes}.',
  'dev.vendor.fix': 'Passa il nodo render della GPU prevista tramite il suo nome by-path',
  'host.gpu_inventory':
    '{gpus}. Gruppi dell’host: render {render}, video {video} (il gid render dell’host cambia tra le versioni di PVE — 104 su PVE 7/8, 993 segnalato su PVE 9 — ed è per questo che le guide non concordano; per devN conta solo il gid del container).',
  'host.gpu_inventory.used':
    '{gpus}. Gruppi dell’host: render {render}, video {video} (il gid render dell’host cambia tra le versioni di PVE — 104 su PVE 7/8, 993 segnalato su PVE 9 — ed è per questo che le guide non concordano; per devN conta solo il gid del container). Questo container usa {used}.',
  'host.gpu_inventory.no_drm':
    'Nessun dispositivo DRM trovato. Gruppi dell’host: render {render}, video {video} (il gid render dell’host cambia tra le versioni di PVE — 104 su PVE 7/8, 993 segnalato su PVE 9 — ed è per questo che le guide non concordano; per devN conta solo il gid del container).',
  'host.gpu_inventory.no_drm.used':
    'Nessun dispositivo DRM trovato. Gruppi dell’host: render {render}, video {video} (il gid render dell’host cambia tra le versioni di PVE — 104 su PVE 7/8, 993 segnalato su PVE 9 — ed è per questo che le guide non concordano; per devN conta solo il gid del container). Questo container usa {used}.',
  'host.no_drm_node.vfio':
    'La GPU {pci} ({vendor}) è associata a vfio-pci (passthrough a VM), quindi l’host non ha alcun nodo /dev/dri da condividere con i container. Una GPU può essere assegnata alle VM o ai container, non a entrambi.',
  'host.no_drm_node':
    'La GPU {pci} ({vendor}) non ha un driver funzionante sull’host, quindi non c’è alcun nodo di dispositivo da passare.',
  'host.no_drm_node.fix.vfio':
    'Rimuovi l’associazione vfio-pci ids= / l’uso di hostpciN, ricrea l’initramfs e riavvia',
  'host.no_drm_node.fix': 'Installa e carica il driver dell’host per questa GPU',
  'host.world_rw_nodes':
    '`{path}` sull’host è {mode}. Ogni utente dell’host e ogni container che vede il nodo può usare la GPU.',
  'host.world_rw_nodes.card':
    '`{path}` sull’host è {mode}. Ogni utente dell’host e ogni container che vede il nodo può usare la GPU; un nodo card scrivibile da tutti permette anche il controllo del display/KMS.',
  'host.world_rw_nodes.fix':
    'Elimina la regola che allarga il modo e passa il nodo ai container tramite devN con il loro gid',
  'host.world_rw_nodes.rule': 'Una regola udev rende i nodi GPU scrivibili da tutti sull’host.',
  'host.world_rw_nodes.fix.rule': 'Rimuovi la regola; passa invece i nodi con devN e il gid del container',
  'host.prestart_chown':
    'Questo hook cambia il proprietario o il modo dei nodi di dispositivo dell’HOST a ogni avvio del container (`{hook}`). I membri di render/video sull’host e tutti gli altri container perdono l’accesso finché udev non lo ripristina.',
  'host.prestart_chown.fix':
    'Elimina gli hook e usa devN: PVE crea una copia privata del nodo con il proprietario richiesto invece di modificare il nodo dell’host',
  'idmap.syntax':
    '`{line}` non è valida. LXC accetta solo `u` (utenti) e `g` (gruppi) seguiti da tre numeri e un conteggio maggiore di 0; PVE registra `failed to parse idmap` e il container non si avvia.',
  'idmap.syntax.fix': 'Scrivi una riga u e una riga g per intervallo (qui: gli intervalli predefiniti)',
  'idmap.deprecated_key':
    '`lxc.id_map` è il nome precedente a LXC 3.0; PVE lo rinomina con un avviso a ogni avvio.',
  'idmap.deprecated_key.fix': 'Rinomina la chiave in lxc.idmap',
  'idmap.type_missing.uid':
    'Questo container ha mappature gid personalizzate ma nessuna mappatura uid. Appena esiste una qualsiasi riga `lxc.idmap`, PVE smette di aggiungere i valori predefiniti per entrambi i tipi, quindi gli uid non hanno alcuna mappa.',
  'idmap.type_missing.gid':
    'Questo container ha mappature uid personalizzate ma nessuna mappatura gid. Appena esiste una qualsiasi riga `lxc.idmap`, PVE smette di aggiungere i valori predefiniti per entrambi i tipi, quindi i gid non hanno alcuna mappa.',
  'idmap.type_missing.fix.uid': 'Aggiungi la mappa predefinita completa per gli uid',
  'idmap.type_missing.fix.gid': 'Aggiungi la mappa predefinita completa per i gid',
  'idmap.root_unmapped.uid':
    'Il root del container (uid 0) non è mappato; LXC non riesce a configurare il container (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'Il root del container (gid 0) non è mappato; LXC non riesce a configurare il container (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Fai iniziare la mappa uid da 0',
  'idmap.root_unmapped.fix.gid': 'Fai iniziare la mappa gid da 0',
  'idmap.overlap.ct_uid':
    "Due righe lxc.idmap mappano lo stesso uid del container {range} (`{first}` e `{second}`). PVE avvisa `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; il kernel rifiuta le mappe sovrapposte (`newuidmap: write to uid_map failed: Invalid argument`) e il container non si avvia.",
  'idmap.overlap.ct_gid':
    "Due righe lxc.idmap mappano lo stesso gid del container {range} (`{first}` e `{second}`). PVE avvisa `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; il kernel rifiuta le mappe sovrapposte (`newgidmap: write to gid_map failed: Invalid argument`) e il container non si avvia.",
  'idmap.overlap.host_uid':
    "Due righe lxc.idmap mappano lo stesso uid dell’host {range} (`{first}` e `{second}`). PVE avvisa `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; il kernel rifiuta le mappe sovrapposte (`newuidmap: write to uid_map failed: Invalid argument`) e il container non si avvia.",
  'idmap.overlap.host_gid':
    "Due righe lxc.idmap mappano lo stesso gid dell’host {range} (`{first}` e `{second}`). PVE avvisa `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; il kernel rifiuta le mappe sovrapposte (`newgidmap: write to gid_map failed: Invalid argument`) e il container non si avvia.",
  'idmap.overlap.fix.uid':
    'Dividi l’intervallo grande attorno all’eccezione; l’intero blocco uid, pronto da incollare',
  'idmap.overlap.fix.gid':
    'Dividi l’intervallo grande attorno all’eccezione; l’intero blocco gid, pronto da incollare',
  'idmap.gap.uid':
    '{count, plural, one {L’uid del container {ids} non è mappato.} other {Gli uid del container {ids} non sono mappati.}} I file con questi ID appaiono come `nobody`, e `chown` verso di essi fallisce con `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Il gid del container {ids} non è mappato.} other {I gid del container {ids} non sono mappati.}} I file con questi ID appaiono come `nogroup`, e `chgrp` verso di essi fallisce con `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {L’uid del container {ids} non è mappato.} other {Gli uid del container {ids} non sono mappati.}} I file con questi ID appaiono come `nobody`, e `chown` verso di essi fallisce con `Invalid argument`. Probabilmente un errore off-by-one (di una unità) dove una riga finisce e la successiva inizia: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Il gid del container {ids} non è mappato.} other {I gid del container {ids} non sono mappati.}} I file con questi ID appaiono come `nogroup`, e `chgrp` verso di essi fallisce con `Invalid argument`. Probabilmente un errore off-by-one (di una unità) dove una riga finisce e la successiva inizia: {hints}.',
  'idmap.gap.fix.uid':
    'Estendi gli intervalli adiacenti; l’intero blocco uid senza buchi, pronto da incollare',
  'idmap.gap.fix.gid':
    'Estendi gli intervalli adiacenti; l’intero blocco gid senza buchi, pronto da incollare',
  'idmap.host_root.uid':
    '`{line}` dà al container l’utente root dell’host. Tutto ciò che nel container è eseguito con quell’ID è root dell’host; per tali mappe LXC salta perfino il controllo di /etc/subuid.',
  'idmap.host_root.gid':
    '`{line}` dà al container il gruppo root dell’host. Tutto ciò che nel container è eseguito con quell’ID è root dell’host; per tali mappe LXC salta perfino il controllo di /etc/subgid.',
  'idmap.host_root.fix': 'Non mappare mai l’ID 0 dell’host; passa invece i dispositivi con devN',
  'idmap.passthrough_ids':
    'ID dell’host passati nel container: {ids}. Il container può aprire ogni oggetto dell’host che appartiene a questi ID, e i file che crea con essi appartengono a quegli ID dell’host.',
  'idmap.passthrough_ids.sensitive':
    'ID dell’host passati nel container: {ids}. Il container può aprire ogni oggetto dell’host che appartiene a questi ID, e i file che crea con essi appartengono a quegli ID dell’host. Almeno uno di essi è un gruppo privilegiato dell’host.',
  'idmap.passthrough_ids.fix':
    'Per l’accesso alla GPU preferisci devN con il gid proprio del container: non serve condividere alcun ID dell’host (mantieni le mappe 1:1 solo per i dati montati tramite bind)',
  'idmap.too_many_ranges.uid':
    '{count} intervalli uid: il kernel accetta al massimo 340 intervalli per mappa.',
  'idmap.too_many_ranges.gid':
    '{count} intervalli gid: il kernel accetta al massimo 340 intervalli per mappa.',
  'idmap.too_many_ranges.fix': 'Unisci gli intervalli adiacenti',
  'mon.pmu_in_ct.title.nvidia': 'Monitoraggio della GPU all’interno di questo container',
  'mon.pmu_in_ct.nvidia':
    'Gli strumenti NVIDIA (nvidia-smi, nvtop) usano NVML, non la PMU perf, e funzionano all’interno del container una volta che la versione della libreria corrisponde — ma lì non elencano alcun processo (mon.nvml_pids). Non serve abbassare kernel.perf_event_paranoid né un container privilegiato, cose che indebolirebbero l’intero host. Questa scheda GPU mostra l’utilizzo del container per processo, letto sull’host e attribuito tramite cgroup.',
  'mon.pmu_in_ct.privileged':
    'Questo container è privilegiato, quindi {tool} funziona al suo interno — perché il suo root è il root dell’host. {tool} legge la PMU della GPU tramite perf_event_open() come evento a livello di CPU. Il kernel lo consente solo a chi possiede CAP_PERFMON (o CAP_SYS_ADMIN) nel namespace utente iniziale dell’host finché kernel.perf_event_paranoid è maggiore di 0 (qui {paranoid}). Il root di un container non privilegiato ha le sue capability solo all’interno del proprio namespace utente, quindi la chiamata fallisce con `Failed to initialize PMU! (Permission denied)` — e nessuna modifica con setcap, lxc.cap.keep, AppArmor o seccomp può cambiarlo. Le due «correzioni» che si trovano online indeboliscono l’intero host: abbassare kernel.perf_event_paranoid apre i contatori di prestazioni di sistema a ogni processo sull’host e in ogni container, e rendere il container privilegiato fa del suo root il root dell’host. Questa scheda GPU mostra gli stessi valori per motore per questo container senza nessuna delle due: li legge sull’host da /proc/<pid>/fdinfo e sysfs e li attribuisce tramite cgroup. All’interno del container, anche gli strumenti basati su fdinfo (nvtop, amdgpu_top) funzionano per i suoi processi.',
  'mon.pmu_in_ct.lowered':
    '{tool} può funzionare all’interno di questo container solo perché sull’host kernel.perf_event_paranoid vale {paranoid} (mon.paranoid_lowered). {tool} legge la PMU della GPU tramite perf_event_open() come evento a livello di CPU. Il kernel lo consente solo a chi possiede CAP_PERFMON (o CAP_SYS_ADMIN) nel namespace utente iniziale dell’host finché kernel.perf_event_paranoid è maggiore di 0 (qui {paranoid}). Il root di un container non privilegiato ha le sue capability solo all’interno del proprio namespace utente, quindi la chiamata fallisce con `Failed to initialize PMU! (Permission denied)` — e nessuna modifica con setcap, lxc.cap.keep, AppArmor o seccomp può cambiarlo. Le due «correzioni» che si trovano online indeboliscono l’intero host: abbassare kernel.perf_event_paranoid apre i contatori di prestazioni di sistema a ogni processo sull’host e in ogni container, e rendere il container privilegiato fa del suo root il root dell’host. Questa scheda GPU mostra gli stessi valori per motore per questo container senza nessuna delle due: li legge sull’host da /proc/<pid>/fdinfo e sysfs e li attribuisce tramite cgroup. All’interno del container, anche gli strumenti basati su fdinfo (nvtop, amdgpu_top) funzionano per i suoi processi.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} non può funzionare all’interno di questo container non privilegiato. {tool} legge la PMU della GPU tramite perf_event_open() come evento a livello di CPU. Il kernel lo consente solo a chi possiede CAP_PERFMON (o CAP_SYS_ADMIN) nel namespace utente iniziale dell’host finché kernel.perf_event_paranoid è maggiore di 0 (qui {paranoid}). Il root di un container non privilegiato ha le sue capability solo all’interno del proprio namespace utente, quindi la chiamata fallisce con `Failed to initialize PMU! (Permission denied)` — e nessuna modifica con setcap, lxc.cap.keep, AppArmor o seccomp può cambiarlo. Le due «correzioni» che si trovano online indeboliscono l’intero host: abbassare kernel.perf_event_paranoid apre i contatori di prestazioni di sistema a ogni processo sull’host e in ogni container, e rendere il container privilegiato fa del suo root il root dell’host. Questa scheda GPU mostra gli stessi valori per motore per questo container senza nessuna delle due: li legge sull’host da /proc/<pid>/fdinfo e sysfs e li attribuisce tramite cgroup. All’interno del container, anche gli strumenti basati su fdinfo (nvtop, amdgpu_top) funzionano per i suoi processi.',
  'mon.pmu_in_ct.fix':
    'Niente da modificare: usa questa scheda per l’utilizzo della GPU del container. Non abbassare perf_event_paranoid e non rendere privilegiato il container.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} permette a ogni processo sull’host e in ogni container di aprire i contatori di prestazioni di sistema. Probabilmente è stato impostato perché intel_gpu_top funzioni in un container; questa scheda mostra gli stessi valori senza di esso.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} permette a ogni processo sull’host e in ogni container di aprire i contatori di prestazioni di sistema; -1 consente inoltre il profiling del kernel e i tracepoint raw. Probabilmente è stato impostato perché intel_gpu_top funzioni in un container; questa scheda mostra gli stessi valori senza di esso.',
  'mon.paranoid_lowered.fix':
    'Rimuovi l’override (e la sua riga in /etc/sysctl.conf o /etc/sysctl.d/*.conf) e usa il monitoraggio lato host',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` all’interno del container non mostrano processi: il driver NVIDIA riporta i PID dell’host, che non esistono nel namespace PID del container. Utilizzo e memoria totali sono corretti; questa scheda associa i PID dell’host ai container.',
  'mon.ineffective_workarounds':
    'Queste impostazioni non rendono disponibile la PMU Intel in un container non privilegiato: `setcap cap_perfmon` nel CT, `lxc.cap.keep`, un profilo AppArmor unconfined, un profilo seccomp vuoto, o l’esecuzione del binario dell’host tramite un bind mount. Il kernel verifica CAP_PERFMON rispetto al namespace utente iniziale dell’host, che un container non può mai possedere. Indeboliscono soltanto l’isolamento — valuta di rimuoverle (vedi sec.*).',
  'mon.ineffective_workarounds.fix': 'Annullale',
  'mount.optional_missing':
    '`{path}` è montato con `optional` ma non esiste sull’host. LXC registra `Failed to mount "{path}"` e avvia il container senza di esso — il dispositivo scompare senza avvisi.',
  'mount.optional_missing.fix':
    'Fai in modo che la sorgente esista prima dell’avvio del container (nv.uvm_lazy, dev.node_renamed) oppure passa a devN, che invece fallisce in modo evidente',
  'mount.no_create':
    'La destinazione del mount `{target}` non esiste nel /dev appena creato del container; senza `create=file` il bind fallisce.',
  'mount.no_create.optional':
    'La destinazione del mount `{target}` non esiste nel /dev appena creato del container; senza `create=file` il bind fallisce (senza avvisi, a causa di optional).',
  'mount.no_create.fix': 'Aggiungi create=file',
  'mount.create_kind.dir': '`create={create}` non corrisponde alla sorgente `{path}`, che è una directory.',
  'mount.create_kind.file':
    '`create={create}` non corrisponde alla sorgente `{path}`, che è un nodo di dispositivo.',
  'mount.create_kind.fix': 'Usa create={create}',
  'mount.bad_path.relative_source':
    '`{path}` è una sorgente relativa; non è `/{path}` dell’host e il mount viene saltato.',
  'mount.bad_path.absolute_target':
    'La destinazione `{target}` è assoluta; le destinazioni dei mount LXC sono relative alla radice del container (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` è montato in `{target}`; le applicazioni lo cercano in `{dir}`.',
  'mount.bad_path.fix': 'Monta /dev/X su dev/X',
  'mount.duplicate': 'Due voci montano su `{target}`; la successiva nasconde la precedente.',
  'mount.duplicate.fix': 'Mantienine una',
  'mount.unmapped_owner':
    '`{path}` sull’host è `{owner}`. Appare come `{ctOwner}` e nessuno nel container — nemmeno root — può aprirlo.',
  'mount.unmapped_owner.gid':
    '`{path}` sull’host è `{owner}`. Il gid {gid} dell’host non è mappato in questo container, quindi appare come `{ctOwner}` e nessuno nel container — nemmeno root — può aprirlo.',
  'mount.unmapped_owner.fix':
    'Sostituisci la voce raw con devN e il gid proprio del container (PVE crea un nodo privato con quel proprietario). Evita chmod 666 e gli hook chown pre-start.',
  'mount.cosmetic':
    'Il `{tail}` finale viene da una guida copiata e incollata. glibc lo legge come 0 0, quindi è innocuo.',
  'mount.dri_dir':
    'L’intero /dev/dri dell’host è visibile: ogni GPU, i nodi card KMS e by-path. I nodi sono utilizzabili solo se il cgroup dei dispositivi li consente (cgroup.not_allowed); nei container non privilegiati appaiono come nobody:nogroup a meno che il loro proprietario non sia mappato (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Passa solo i nodi render necessari, con devN',
  'nv.module':
    'Il modulo del kernel NVIDIA non è caricato per il kernel {kernel}, quindi /dev/nvidia* non esiste. I container che usano devN non si avviano (`Device /dev/nvidia0 does not exist`); i mount raw optional si avviano senza la GPU. Di solito succede dopo un aggiornamento del kernel quando DKMS non ha compilato il modulo.',
  'nv.module.fix': 'Installa gli header del kernel in esecuzione e ricompila il modulo, poi riavvia',
  'nv.uvm_lazy.missing_devn':
    '`{path}` al momento non esiste. Con devN un nodo mancante è fatale: `pct start` fallisce con `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` al momento non esiste. Con un mount raw optional il container si avvia senza di esso e CUDA fallisce al suo interno.',
  'nv.uvm_lazy.module_only_devn':
    'Niente su questo host crea `{path}` all’avvio (nvidia_uvm viene caricato da modules-load.d, ma il nodo compare solo quando qualcosa usa CUDA per la prima volta). Con devN un nodo mancante è fatale: `pct start` fallisce con `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Niente su questo host crea `{path}` all’avvio (nvidia_uvm viene caricato da modules-load.d, ma il nodo compare solo quando qualcosa usa CUDA per la prima volta). Con un mount raw optional il container si avvia senza di esso e CUDA fallisce al suo interno.',
  'nv.uvm_lazy.no_creator_devn':
    'Niente su questo host crea `{path}` all’avvio. Con devN un nodo mancante è fatale: `pct start` fallisce con `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Niente su questo host crea `{path}` all’avvio. Con un mount raw optional il container si avvia senza di esso e CUDA fallisce al suo interno.',
  'nv.uvm_lazy.fix':
    'Carica nvidia_uvm all’avvio e crea i suoi nodi con una regola udev (oppure abilita nvidia-persistenced)',
  'nv.node_set.no_ctl':
    'Il container ha /dev/nvidia<N> ma non /dev/nvidiactl; il driver ha bisogno di entrambi.',
  'nv.node_set.no_gpu': 'Il container ha /dev/nvidiactl ma nessun nodo GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Aggiungi {path}',
  'nv.node_set.no_uvm':
    'Nessun /dev/nvidia-uvm: NVENC/NVDEC funzionano, ma CUDA (ollama, immich-ml, TensorRT) ne ha bisogno.',
  'nv.node_set.fix.uvm': 'Aggiungi /dev/nvidia-uvm (e assicurati che esista all’avvio, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'Nel container non è stata trovata alcuna libreria NVIDIA in spazio utente (libnvidia-ml, libcuda); installa la versione {version} senza il modulo del kernel.',
  'nv.version_mismatch.fix.install':
    'Installa il driver in spazio utente corrispondente all’interno del container',
  'nv.version_mismatch':
    'Driver dell’host {version}, librerie del container {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Succede dopo ogni aggiornamento del driver dell’host.',
  'nv.version_mismatch.fix':
    'Installa la stessa versione all’interno del container senza la parte kernel; blocca la versione del driver dell’host per evitare disallineamenti',
  'nv.kernel_pkgs_in_ct':
    'Il container ha pacchetti di moduli del kernel NVIDIA ({packages}); un container non può caricare moduli e le compilazioni DKMS falliscono a ogni aggiornamento.',
  'nv.kernel_pkgs_in_ct.fix': 'Rimuovili; mantieni solo le librerie in spazio utente',
  'nv.ctk_cgroups':
    'Docker all’interno di questo container non privilegiato non può gestire i cgroup dei dispositivi; le versioni meno recenti del toolkit falliscono con `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Imposta no-cgroups = true in [nvidia-container-cli] e passa esplicitamente i nodi di dispositivo al container Docker',
  'sec.privileged_gpu':
    'Questo container privilegiato viene eseguito come root dell’host e ha la GPU. Da PVE 8.1 devN passa le GPU ai container non privilegiati; LXC considera insicuri i container privilegiati e non tratta le evasioni da essi come problemi di sicurezza.',
  'sec.privileged_gpu.fix':
    'Esegui un backup e ripristinalo come non privilegiato, poi passa la GPU con devN e i gid del container',
  'sec.apparmor_unconfined':
    'Il confinamento AppArmor è disattivato. Il passthrough della GPU non ne ha bisogno; di solito è copiato dalle guide per Docker in LXC.',
  'sec.apparmor_unconfined.privileged':
    'Il confinamento AppArmor è disattivato in un container privilegiato, il cui root è il root dell’host. Il passthrough della GPU non ne ha bisogno; di solito è copiato dalle guide per Docker in LXC.',
  'sec.apparmor_unconfined.fix': 'Rimuovi la riga; per Docker usa "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    'Il filtro delle syscall del container è stato sostituito. PVE salta allora le proprie regole generate (`explicitly configured lxc.seccomp.profile overrides the following settings`). Non serve per l’uso della GPU.',
  'sec.seccomp_off.disabled':
    'Il filtro delle syscall del container è stato disattivato. PVE salta allora le proprie regole generate (`explicitly configured lxc.seccomp.profile overrides the following settings`), e il common.seccomp di LXC (che blocca il caricamento di moduli, kexec_load, open_by_handle_at) non c’è più. Non serve per l’uso della GPU.',
  'sec.cap_drop_empty':
    'Un lxc.cap.drop vuoto qui non cambia nulla: per i container non privilegiati lo userns.conf di LXC parte già da un insieme completo di capability all’interno del namespace utente.',
  'sec.cap_drop_empty.privileged':
    'Un lxc.cap.drop vuoto mantiene sys_module, sys_rawio, sys_time, mac_admin e mac_override, che il common.conf di LXC rimuove: il root del container può caricare moduli del kernel e accedere all’I/O raw sull’host.',
  'sec.cap_keep':
    '`lxc.cap.keep` limita soltanto le capability che il container mantiene nel proprio namespace utente; non può aggiungere CAP_PERFMON/CAP_SYS_ADMIN sull’host. Può compromettere l’init del container se vengono escluse capability necessarie.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` in un container privilegiato sostituisce l’elenco delle capability rimosse da LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` in un container privilegiato mantiene capability a livello di host come sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` condivide con il container una directory di sistema dell’host. pct.adoc: «Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.» In questo container non privilegiato i file di proprietà del root dell’host non possono essere modificati, ma i binari dell’host e le loro versioni sono esposti.',
  'sec.system_dir_bind.privileged':
    '`{path}` condivide con il container una directory di sistema dell’host. pct.adoc: «Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.» In questo container privilegiato può sostituire file dell’host.',
  'sec.system_dir_bind.fix':
    'Installa gli strumenti necessari all’interno del container; monta solo directory dedicate ai dati (ad es. sotto /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys o /sys sono scrivibili nel container.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys o /sys sono scrivibili nel container; in un container privilegiato questo modifica le impostazioni del kernel dell’host.',
  'sec.proc_sys_rw.fix': 'Rimuovi la riga; usa i flag "features" (force_rw_sys=1) dove davvero necessario',
  'sec.host_binary_bind':
    '`{path}` è un binario/libreria dell’host montato nel container; deve corrispondere alla libc del container e smette di funzionare senza avvisi con gli aggiornamenti dell’host.',
  'sec.host_binary_bind.fix':
    'Installa i pacchetti corrispondenti all’interno del container (nv.version_mismatch)',
  'intel.huc':
    'Il firmware HuC non è caricato su {pci}, quindi la codifica a basso consumo (VDEnc) non è disponibile; sulle GPU solo LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake e successive) significa nessuna codifica hardware H.264/HEVC.',
  'intel.huc.forced':
    'Il firmware HuC non è caricato su {pci}, quindi la codifica a basso consumo (VDEnc) non è disponibile; sulle GPU solo LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake e successive) significa nessuna codifica hardware H.264/HEVC. i915 è forzato a enable_guc={value}.',
  'intel.huc.fix':
    'Mantieni aggiornato pve-firmware; imposta enable_guc=2 solo sulle piattaforme meno recenti che ne hanno bisogno (mai su quelle in cui 3 è il valore predefinito), poi aggiorna l’initramfs e riavvia',
  'intel.sriov_vf':
    '`{path}` appartiene a una funzione virtuale SR-IOV: la PMU i915 non è disponibile sulle VF (`PMU not supported for this GPU`), quindi l’occupazione dei motori può essere letta solo sulla funzione fisica.',
  'intel.sriov_vf.fix': 'Monitora la funzione fisica sull’host',
  'amd.kfd':
    'VA-API ha bisogno solo del nodo render, ma ROCm/HIP (ollama, PyTorch) ha bisogno anche di /dev/kfd.',
  'amd.kfd.compute':
    'VA-API ha bisogno solo del nodo render, ma ROCm/HIP (ollama, PyTorch) ha bisogno anche di /dev/kfd, e questo container sembra eseguire un carico di calcolo.',
  'amd.kfd.fix': 'Passa /dev/kfd con il gid render del container',
  'subid.not_allowed.uid':
    '`{file}` non consente a root di mappare l’uid {ids} dell’host (richiesto da `lxc.idmap: {entry}`). Il container non si avvierà: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` non consente a root di mappare il gid {ids} dell’host (richiesto da `lxc.idmap: {entry}`). Il container non si avvierà: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` non esiste (richiesto da `lxc.idmap: {entry}`). Il container non si avvierà: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` non esiste (richiesto da `lxc.idmap: {entry}`). Il container non si avvierà: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Aggiungi in fondo a {file} (non serve riavviare l’host; riavvia il container)',
  'subid.typo_file': '`{file}` non viene letto da nessuno; newuidmap/newgidmap leggono `{right}`.',
  'subid.typo_file.fix': 'Sposta le sue righe in {right}',
  'subid.nss':
    'Su questo host gli ID subordinati provengono da un modulo NSS; il pannello non può verificarli da /etc/subuid e /etc/subgid.',
  'check.pass': 'Niente da segnalare.',
  'check.could_not_run': 'Questo controllo non è stato eseguito: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` è una chiave cgroup v1. Questo host usa cgroup v2, quindi la riga non ha effetto — e comunque un container non privilegiato non ha bisogno di regole allow: da PVE 7.0 il suo cgroup dei dispositivi consente ogni dispositivo, e decidono il proprietario e il modo del nodo. PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} è bloccato da `{line}`: il file è visibile nel container, ma ogni open() restituisce `Operation not permitted`.} other {{nodes} sono bloccati da `{line}`: i file sono visibili nel container, ma ogni open() restituisce `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Rimuovi la riga deny (o restringila in modo che non corrisponda più al dispositivo)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` è già il valore predefinito per i container non privilegiati da PVE 7.0 (userns.conf.d/01-pve.conf di pve-container): la riga non cambia nulla. Ciò che il container può aprire è deciso dal proprietario e dal modo dei nodi.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} è montato ma il cgroup dei dispositivi non lo consente: open() restituisce `Operation not permitted`. Il container non ne ha bisogno per VA-API o per il calcolo.} other {{nodes} sono montati ma il cgroup dei dispositivi non li consente: open() restituisce `Operation not permitted`. Il container non ne ha bisogno per VA-API o per il calcolo.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` non consente a root di mappare l’uid {ids} dell’host, richiesto dalla mappa degli ID.} other {`{file}` non consente a root di mappare i {count} intervalli di uid dell’host richiesti dalla mappa degli ID: {ids}.}} Il container non si avvierà: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` non consente a root di mappare il gid {ids} dell’host, richiesto dalla mappa degli ID.} other {`{file}` non consente a root di mappare i {count} intervalli di gid dell’host richiesti dalla mappa degli ID: {ids}.}} Il container non si avvierà: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'In questo container è in esecuzione Docker, e il container stesso non ha alcun driver VA-API. Le applicazioni multimediali nelle immagini Docker (Jellyfin, Frigate, Plex) portano un proprio driver, che questo pannello non può vedere; se l’applicazione non segnala la decodifica hardware, controlla all’interno della sua immagine.',
  'ct.vaapi_driver.fix.docker': 'Esegui vainfo all’interno del container Docker dell’applicazione',
  'ct.config_syntax.duplicate':
    '`{key}` è impostato due volte (righe {first} e {line}); PVE mantiene solo l’ultimo.',
  'ct.config_syntax.inline_comment':
    'Riga {line}: il valore di `{key}` contiene un commento `#` in linea. PVE e LXC non lo rimuovono: diventa parte del valore.',
  'idmap.mark.ct_group': '{name} (container)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'condiviso → host {host}',
  'idmap.mark.passthrough_named': 'condiviso → host {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': "I driver degli acceleratori sono caricati sull'host",
  'acc.usb_single_device.title':
    'Gli acceleratori USB sono passati tramite il loro bus, non con un numero di dispositivo',
  'acc.usb_access.title': 'Il container può aprire il Coral USB',
  'acc.driver.coral':
    "Manca sull'host: {paths}. Il driver Coral PCIe (`apex`, che richiede `gasket`) non è caricato, anche se la scheda è presente ({pci}). Il pacchetto `gasket-dkms` di Google non si compila sui kernel 6.5 e successivi, quindi il modulo si perde spesso dopo un aggiornamento del kernel.",
  'acc.driver.coral_no_card':
    "Manca sull'host: {paths}. Nessuna scheda Coral PCIe è visibile sul bus PCI e il suo driver (`apex`) non è caricato.",
  'acc.driver.hailo':
    "Manca sull'host: {paths}. Il driver Hailo PCIe (`hailo_pci`) non è caricato, anche se la scheda è presente ({pci}).",
  'acc.driver.hailo_no_card':
    "Manca sull'host: {paths}. Nessuna scheda Hailo è visibile sul bus PCI e `hailo_pci` non è caricato.",
  'acc.driver.npu_intel':
    "Manca sull'host: {paths}. Il driver della NPU Intel (`intel_vpu`, Linux 6.3 o successivo, con il firmware della NPU) non è caricato, anche se la NPU è presente ({pci}).",
  'acc.driver.npu_amd':
    "Manca sull'host: {paths}. Il driver della NPU AMD (`amdxdna`, Linux 6.14 o successivo) non è caricato, anche se la NPU è presente ({pci}).",
  'acc.driver.npu':
    "Manca sull'host: {paths}. Nessun driver NPU (`intel_vpu`, `amdxdna`) è caricato e nessuna NPU è visibile sul bus PCI.",
  'acc.driver.kfd': "Manca sull'host: {paths}. `amdgpu`, che fornisce il `/dev/kfd` di ROCm, non è caricato.",
  'acc.driver.unbound':
    "Manca sull'host: {paths}. La scheda in {pci} ({id}) non è associata a `{module}` (driver associato: {driver}): la tiene un driver di un altro modello, oppure nessuno.",
  'acc.driver.fix.coral':
    'Compilare il driver Coral per il kernel in uso (un `gasket-dkms` che vi si compili, come i pacchetti feranick/gasket-driver, e gli header del kernel), poi caricare `apex`',
  'acc.driver.fix.hailo':
    "Installare l'`hailort-pcie-driver` della versione di HailoRT usata dal container, poi caricare `{module}`",
  'acc.driver.fix.npu': 'Caricare `{module}` (`dmesg` indica il firmware NPU mancante)',
  'acc.driver.fix.kfd': 'Caricare `amdgpu`; `/dev/kfd` arriva con esso',
  'acc.usb_single_device':
    "{path} ({id}) è passato come singolo nodo di dispositivo USB: il suo numero cambia a ogni ricollegamento o riavvio dell'host, e la voce punta allora al nulla o a un altro dispositivo.",
  'acc.usb_single_device.coral':
    '{path} è un Coral USB ({id}) passato come singolo nodo. Il Coral si rienumera quando carica il firmware (1a6e:089a «Global Unichip» diventa 18d1:9302 «Google») con un nuovo numero, quindi il nodo nel container diventa obsoleto e nessuna Edge TPU viene trovata.',
  'acc.usb_single_device.moved':
    '{path} non esiste più: il Coral USB si è rienumerato ed è ora {now} ({id}). Una voce per un singolo dispositivo non può seguirlo: il container non si avvia (devN) o si avvia senza la TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} non esiste più: i numeri dei dispositivi USB cambiano a ogni rienumerazione, ricollegamento e riavvio.',
  'acc.usb_single_device.fix':
    'Montare invece l’intera directory del bus USB, così il dispositivo resta raggiungibile con qualunque numero riceva',
  'acc.usb_single_device.fix.coral':
    "Montare invece l'intera directory del bus USB e aggiungere una regola udev sull'host, così il container non privilegiato può aprire entrambi gli ID del Coral",
  'acc.usb_access':
    "{path} (Coral USB, {id}) è {owner} sull'host; il container non privilegiato vede {ctOwner} e non può aprirlo in scrittura, quindi libedgetpu non trova alcuna Edge TPU. Il nodo ottenuto dopo la rienumerazione ha lo stesso proprietario.",
  'acc.usb_access.fix':
    "Aggiungere sull'host una regola udev che dia la modalità 0666 a entrambi gli ID del Coral USB (1a6e:089a e 18d1:9302), poi riattivare udev",
  'acc.usb_access.minor':
    'Il cgroup dei dispositivi lascia passare {path} solo come {devt}, il numero attuale del Coral USB. Quando si rienumera (1a6e:089a diventa 18d1:9302) riceve il numero successivo sul bus, e open() nel container fallisce con EPERM.',
  'acc.usb_access.fix.minor': 'Consentire tutti i numeri di dispositivo USB (major 189) invece di uno solo',
  'acc.driver.hailo_other':
    "Manca sull'host: {paths}. `{other}` è caricato, ma gestisce l'Hailo-10H; questa scheda ({pci}, un Hailo-8/8L) richiede `hailo_pci`, che non è caricato.",
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Cosa fanno hook e hookscript ai dispositivi',
  'ct.hook_script.ops':
    "`{hook}` viene eseguito prima dell'avvio del container e fa questo ai dispositivi: {ops}. I controlli valutano i nodi come sono dopo la sua esecuzione.",
  'ct.hook_script.opaque':
    '`{hook}` fa ai dispositivi cose che questo pannello non riesce a seguire ({lines}). I verdetti sui nodi coinvolti dipendono da ciò che fa.',
  'ct.hook_script.unreadable':
    'Lo script di `{hook}` ({path}) non è stato letto per intero. I verdetti sui nodi di dispositivo dipendono da ciò che fa.',
  'ct.hook_script.missing':
    '`{hook}`: {path} non esiste o non è un file regolare. PVE o LXC non possono eseguirlo e il container non si avvia.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} non è eseguibile. PVE o LXC non possono eseguirlo (`is not executable`) e il container non si avvia.',
  'ct.hook_script.fix.missing': "Ripristinare lo script e renderlo eseguibile, oppure rimuovere l'hook",
  'ct.hook_script.mknod_unprivileged':
    "{count, plural, one {`{hook}` crea {nodes} con mknod in un container non privilegiato. Il suo user namespace non può creare nodi di dispositivo (`Operation not permitted`), quindi il nodo non c'è.} other {`{hook}` crea {nodes} con mknod in un container non privilegiato. Il suo user namespace non può creare nodi di dispositivo (`Operation not permitted`), quindi i nodi non ci sono.}}",
  'ct.hook_script.fix.devn': 'Passare invece i nodi con voci devN: PVE li crea nel container',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Un hook crea {nodes}, ma il cgroup dei dispositivi non lo consente: open() restituisce `Operation not permitted`.} other {Un hook crea {nodes}, ma il cgroup dei dispositivi non li consente: open() restituisce `Operation not permitted`.}}',
  'nv.lxc_hook.title': "L'hook nvidia di LXC può essere eseguito",
  'nv.lxc_hook':
    "L'hook nvidia di LXC monta a ogni avvio i nodi di dispositivo NVIDIA ({devices}) e le librerie del driver dell'host nel container (`nvidia-container-cli`), quindi le librerie del container corrispondono sempre al modulo kernel dell'host.",
  'nv.lxc_hook.missing':
    "{path} non esiste su questo host: l'hook di mount non può essere eseguito e il container non si avvia.",
  'nv.lxc_hook.not_mount':
    'L\'hook nvidia di LXC è impostato come `{key}`. Funziona solo come `lxc.hook.mount` e altrimenti termina con `This hook must be used as a "mount" hook`: il container non si avvia.',
  'nv.lxc_hook.privileged':
    "L'hook nvidia di LXC funziona solo nei container non privilegiati (`This hook currently only works in unprivileged mode`). In questo container privilegiato fallisce e il container non si avvia.",
  'nv.lxc_hook.no_cli':
    "L'hook nvidia di LXC esegue `nvidia-container-cli`, che su questo host manca (`Missing tool nvidia-container-cli`): il container non si avvia.",
  'nv.lxc_hook.no_env':
    "L'hook nvidia di LXC non fa nulla se `lxc.environment` non imposta `NVIDIA_VISIBLE_DEVICES` a un valore diverso da vuoto o `void`: nessun nodo o libreria NVIDIA raggiunge il container.",
  'nv.lxc_hook.fix.cli': 'Installare il pacchetto che lo fornisce',
  'nv.lxc_hook.fix.mount': "Usare l'hook come hook di mount",
  'nv.lxc_hook.fix.privileged':
    "Rimuovere l'hook e passare i nodi NVIDIA con devN, oppure usare un container non privilegiato",
  'nv.lxc_hook.fix.env': "Impostare le variabili che l'hook legge",
  'ct.generated_config.title': "Cosa ha applicato LXC all'ultimo avvio",
  'ct.generated_config.extra':
    "{count, plural, one {All'ultimo avvio LXC ha applicato una riga che la configurazione non contiene (l'ha scritta un hook, o è stata rimossa dopo): {lines}.} other {All'ultimo avvio LXC ha applicato {count} righe che la configurazione non contiene (le ha scritte un hook, o sono state rimosse dopo): {lines}.}} I controlli di questo container in esecuzione valutano ciò che LXC ha applicato (`/var/lib/lxc/{vmid}/config`).",
  'ct.generated_config.not_applied':
    "{count, plural, one {Una riga della configurazione non è stata applicata all'ultimo avvio (è stata aggiunta dopo): {lines}. Ha effetto al riavvio del container; fino ad allora i controlli valutano il container senza di essa.} other {{count} righe della configurazione non sono state applicate all'ultimo avvio (sono state aggiunte dopo): {lines}. Hanno effetto al riavvio del container; fino ad allora i controlli valutano il container senza di esse.}}",
  'ct.generated_config.hookscript':
    "{count, plural, one {L'hookscript {script} aggiunge una riga alla configurazione generata a ogni avvio: {lines}. I controlli la considerano applicata.} other {L'hookscript {script} aggiunge {count} righe alla configurazione generata a ogni avvio: {lines}. I controlli le considerano applicate.}}",
  'ct.read_limits.title': 'I file nel container sono stati letti per intero',
  'ct.read_limits':
    '{count, plural, one {Un file nel container non è stato letto per intero: {paths}.} other {{count} file nel container non sono stati letti per intero: {paths}.}} I verdetti di {checks} si basano su ciò che è stato letto e possono essere errati.',
  'ct.config_syntax.lxc_unknown_key':
    'Riga {line}: `{key}` non è una chiave che PVE passa a LXC. PVE scarta la riga (`unable to parse config`), quindi non ha effetto.',
  'ct.config_syntax.lxc_removed_key':
    'Riga {line}: `{key}` è stata rimossa in LXC 3.0 (ora `{new}`). PVE la passa e LXC si rifiuta di avviare il container.',
  'ct.config_syntax.cgroup_key':
    'Riga {line}: `{key}` non è una chiave di regola di dispositivo (`lxc.cgroup2.devices.allow` o `lxc.cgroup2.devices.deny`). LXC non può applicarla e il container non si avvia.',
  'ct.config_syntax.cgroup_rule':
    'Riga {line}: `{value}` non è una regola di dispositivo che LXC sa leggere (`a`, oppure `c` o `b` seguito da `major:minor` e `rwm`). Il container non si avvia.',
  'ct.config_syntax.mount_fields':
    'Riga {line}: `{value}` ha meno dei quattro campi di una voce di mount (origine, destinazione, tipo, opzioni). Il mount fallisce e il container non si avvia.',
  'host.prestart_chown.fix.script':
    'Eliminare questi comandi da {script} e passare i nodi con devN: PVE dà al container una propria copia di ogni nodo con il proprietario richiesto',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'Il container può aprire un’istanza MIG',
  'nv.mig_caps.none':
    'MIG è attivo su {gpu} ({count, plural, one {un’istanza GPU} other {{count} istanze GPU}}: {instances}), ma il container non ha nessuno dei loro nodi di capability. Con il solo {gpu} CUDA non trova alcun dispositivo: un’istanza MIG si apre tramite il nodo di accesso della sua istanza GPU e quello di una delle sue istanze di calcolo, `/dev/nvidia-caps/nvidia-cap<minor>` (numeri minori in `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'Il container ha solo una parte dell’istanza GPU {gi} di {gpu}; manca: {nodes}. Un’istanza MIG richiede il nodo di accesso della sua istanza GPU e quello di una delle sue istanze di calcolo.',
  'nv.mig_caps.blocked':
    '{count, plural, one {Il nodo di capability MIG {nodes} è montato, ma il cgroup dei dispositivi non lo consente} other {I nodi di capability MIG {nodes} sono montati, ma il cgroup dei dispositivi non li consente}}: CUDA non può aprire alcuna istanza di {gpu}.',
  'nv.mig_caps.fix.add':
    'Passare i nodi di accesso dell’istanza GPU {gi} e della sua istanza di calcolo {ci}',
  'nv.mig_caps.fix.allow': 'Consentire i nodi di capability nel cgroup dei dispositivi',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Ancora nessuna misura per questa GPU.',
  'collector.msg.stale': 'Nessuna misura valida da {seconds} s: questi valori risalgono ad allora.',
  'collector.msg.stale_why':
    'Nessuna misura valida da {seconds} s ({why}): questi valori risalgono ad allora.',
  'collector.msg.suspended':
    'La GPU è in sospensione runtime (inattiva); non viene risvegliata per leggerla.',
  'collector.msg.legacy_amdgpu':
    'Questo kernel usa il formato fdinfo di amdgpu precedente alla 5.19 (Linux 5.14–5.18, ad es. PVE 7.2–7.4): l’utilizzo per processo non è supportato; aggiornare a un kernel di PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {Impossibile leggere {count} processo (permesso negato): eseguire il servizio come root.} other {Impossibile leggere {count} processi (permesso negato): eseguire il servizio come root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} processo ha file su un file system che non risponde (un mount FUSE o NFS bloccato); quei file vengono saltati.} other {{count} processi hanno file su un file system che non risponde (un mount FUSE o NFS bloccato); quei file vengono saltati.}}',
  'collector.msg.nvidia_starting': 'Avvio di nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    '{command} non trovato: su questo host mancano le utility del driver NVIDIA (pacchetto Debian `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} non trovato.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` non è riuscito ({error}).',
  'collector.msg.nvidia_no_index_fields':
    'nvidia-smi non ha i campi di interrogazione `index` e `pci.bus_id`.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} è terminato ({why}); riavvio tra {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} ha smesso di rispondere; riavvio.',
  'collector.msg.nvidia_mismatch':
    'Le versioni di driver e librerie NVIDIA non corrispondono: il modulo del kernel caricato è diverso dalle librerie installate, di solito dopo un aggiornamento del driver senza riavvio. Riavviare l’host (o ricaricare i moduli nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'Le versioni di driver e librerie NVIDIA non corrispondono (NVML in spazio utente {nvml}, modulo del kernel caricato {module}): il modulo del kernel caricato è diverso dalle librerie installate, di solito dopo un aggiornamento del driver senza riavvio. Riavviare l’host (o ricaricare i moduli nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'Le versioni di driver e librerie NVIDIA non corrispondono (NVML in spazio utente {nvml}): il modulo del kernel caricato è diverso dalle librerie installate, di solito dopo un aggiornamento del driver senza riavvio. Riavviare l’host (o ricaricare i moduli nvidia).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi non ha trovato alcuna GPU NVIDIA su questo host.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi non riesce a comunicare con il driver NVIDIA: il modulo del kernel non è caricato.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi ha rifiutato un campo di interrogazione: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi non è riuscito: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon non è supportato su questa GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon risponde "Not supported on the device(s)" per queste GPU (alcune GeForce, vGPU e configurazioni MIG): l’utilizzo per processo è sconosciuto; la memoria per processo viene da `--query-compute-apps` e l’intera GPU è misurata come sempre.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi non elenca questa GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi non è in esecuzione per questa GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi non riporta questa GPU da {seconds} s: i valori risalgono ad allora.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} non ha stampato nulla in {seconds} s; riavvio con un’attesa più lunga. Senza la modalità di persistenza il driver prepara le GPU per il primo programma che le apre, e può richiedere decine di secondi: eseguire `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'non esiste',
  'evidence.exists': 'esiste',
  'evidence.pve_default_map': 'mappatura predefinita di PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'nessuna voce per root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} riga uid} other {{count} righe uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} riga gid} other {{count} righe gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (gerarchia unificata)',
  'evidence.cgroup.hybrid': 'cgroup v1 e v2 affiancati (ibrido)',
  'evidence.cgroup.unknown': 'struttura dei cgroup non riconosciuta',
  'evidence.apparmor.enabled': 'AppArmor è attivo',
  'evidence.apparmor.disabled': 'AppArmor è disattivato',
  'evidence.no_driver': 'nessun driver associato',
  'evidence.pci_no_driver': '{id}: nessun driver associato',
  'evidence.node.char': 'dispositivo a caratteri {devt}',
  'evidence.node.block': 'dispositivo a blocchi {devt}',
  'evidence.node.file': 'file regolare, non un nodo di dispositivo',
  'evidence.node.dir': 'directory, non un nodo di dispositivo',
  'evidence.no_group_gid': 'nessun gruppo ha il gid {gid}',
  'evidence.no_group_name': 'nessun gruppo {group}',
  'evidence.uvm_listed': '`nvidia_uvm` è elencato',
  'evidence.uvm_not_listed': '`nvidia_uvm` non è elencato',
  'evidence.no_cgroups_unset': '`no-cgroups` non è impostato',
  'evidence.docker_dir': 'la directory dei dati di Docker è presente',
  'evidence.no_vaapi_driver': 'nessun driver VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'permesso negato',
  'evidence.read.not_regular': 'non è un file regolare',
  'evidence.read.not_directory': 'non è una directory',
  'evidence.read.symlink': 'collegamento simbolico, non seguito',
  'evidence.read.error': 'errore di lettura',
  'evidence.read.timeout': 'nessuna risposta entro il limite di tempo',
  'evidence.read.truncated': 'più grande del limite di dimensione, letto in parte',
  'evidence.unreadable': 'non è stato possibile leggerlo',
  'evidence.module_not_loaded': 'modulo non caricato',
  'evidence.privileged_config': 'né `unprivileged: 1` né `lxc.idmap`',
  'evidence.hook.not_executable': 'non eseguibile',
  'evidence.hook.too_big': 'più grande del limite di dimensione, non letto',
  'evidence.hook.storage': 'il suo storage non è di tipo directory: il file non si trova',
  'evidence.unprivileged_ct': 'container non privilegiato',
  'evidence.privileged_ct': 'container privilegiato',
  'evidence.nvidia_nodes_passed': 'vengono passati nodi di dispositivo NVIDIA',
  'evidence.no_caps_major': 'nessuna riga `nvidia-caps`',
};
