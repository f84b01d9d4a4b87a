// SPDX-License-Identifier: AGPL-3.0-or-later
// Polski: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Brak kluczy cgroup v1',
  'cgroup.not_allowed.title': 'Cgroup urządzeń zezwala na każdy podpięty węzeł',
  'cgroup.stale_major.title': 'Dozwolone numery major odpowiadają bieżącym urządzeniom',
  'cgroup.allow_all.title': 'Brak reguły zezwalającej na wszystkie urządzenia',
  'cgroup.redundant.title': 'Brak reguł zezwalających dla niepodpiętych węzłów',
  'ct.config_syntax.title': 'Każdy wiersz konfiguracji jest poprawny składniowo',
  'ct.pending.title': 'Oczekujące zmiany',
  'ct.node_check.title': 'Węzły w kontenerze są urządzeniami hosta',
  'ct.service_user_groups.title': 'Użytkownicy usług mogą otworzyć GPU',
  'ct.group_collision.title': 'Jedna grupa render i jedna grupa video',
  'ct.vaapi_driver.title': 'Zainstalowano sterownik VA-API dla GPU',
  'dev.path_missing.title': 'Przekazane ścieżki urządzeń istnieją na hoście',
  'dev.not_device.title': 'Przekazane ścieżki są węzłami urządzeń',
  'dev.node_renamed.title': 'Stabilne nazwy węzłów GPU',
  'dev.bypath.title': 'Węzły by-path występują pod swoją nazwą by-path',
  'dev.gid_default.title': 'Wpisy GPU devN ustawiają grupę',
  'dev.gid_wrong_group.title': 'Grupa w devN to grupa render/video kontenera',
  'dev.id_unmapped.title': 'UID/GID w devN są zmapowane',
  'dev.nvidia_mode.title': 'Węzły NVIDIA są dostępne dla usług kontenera',
  'dev.kfd_gid.title': '/dev/kfd należy do grupy render',
  'dev.conflict.title': 'Żaden węzeł nie jest przekazany dwukrotnie',
  'dev.render_numbering.title': 'renderD128 istnieje dla domyślnego wykrywania',
  'dev.vendor.title': 'Do którego GPU należy każdy przekazany węzeł',
  'host.gpu_inventory.title': 'GPU hosta i ich węzły',
  'host.no_drm_node.title': 'Każde GPU hosta ma sterownik i węzły',
  'host.world_rw_nodes.title': 'Węzły GPU na hoście nie są zapisywalne dla wszystkich',
  'host.prestart_chown.title': 'Skrypty hook nie zmieniają właściciela węzłów urządzeń hosta',
  'idmap.syntax.title': 'Wiersze lxc.idmap są poprawne',
  'idmap.deprecated_key.title': 'Nazwa klucza lxc.idmap',
  'idmap.type_missing.title': 'Własne mapowanie ma wiersze uid i gid',
  'idmap.root_unmapped.title': 'Root kontenera jest zmapowany',
  'idmap.overlap.title': 'Żaden identyfikator nie jest zmapowany dwukrotnie',
  'idmap.gap.title': 'Każdy identyfikator kontenera 0–65535 jest zmapowany',
  'idmap.host_root.title': 'Root hosta nie jest zmapowany do kontenera',
  'idmap.passthrough_ids.title': 'Identyfikatory hosta współdzielone z kontenerem',
  'idmap.too_many_ranges.title': 'Najwyżej 340 zakresów na typ identyfikatora',
  'mon.pmu_in_ct.title': 'Dlaczego monitory GPU (intel_gpu_top) nie działają w tym kontenerze',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid nie jest obniżony',
  'mon.nvml_pids.title': 'nvidia-smi nie pokazuje procesów wewnątrz kontenera',
  'mon.ineffective_workarounds.title': 'Ustawienia, które nie pomagają w dostępie do PMU',
  'mount.optional_missing.title': 'Opcjonalne źródła podpięć istnieją',
  'mount.no_create.title': 'Podpięcia do /dev tworzą swój cel',
  'mount.create_kind.title': 'create= odpowiada źródłu',
  'mount.bad_path.title': 'Źródła i cele podpięć są poprawne',
  'mount.duplicate.title': 'Żadne dwa podpięcia nie mają wspólnego celu',
  'mount.unmapped_owner.title': 'Podpięte węzły są dostępne w kontenerze',
  'mount.cosmetic.title': 'Wiersze podpięć kończą się poprawnie',
  'mount.dri_dir.title': 'Podpięte są tylko potrzebne węzły DRM',
  'nv.module.title': 'Moduł jądra NVIDIA jest załadowany',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm istnieje przy każdym uruchomieniu',
  'nv.node_set.title': 'Zestaw węzłów NVIDIA jest kompletny',
  'nv.version_mismatch.title': 'Biblioteki NVIDIA w kontenerze odpowiadają sterownikowi hosta',
  'nv.kernel_pkgs_in_ct.title': 'Brak pakietów jądra NVIDIA w kontenerze',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit działa w nieuprzywilejowanym CT',
  'sec.privileged_gpu.title': 'Kontenery z GPU są nieuprzywilejowane',
  'sec.apparmor_unconfined.title': 'Ograniczenia AppArmor są włączone',
  'sec.seccomp_off.title': 'Filtr wywołań systemowych jest nienaruszony',
  'sec.cap_drop_empty.title': 'Odbieranie uprawnień (capabilities) przez LXC jest zachowane',
  'sec.cap_keep.title': 'Brak lxc.cap.keep',
  'sec.system_dir_bind.title': 'Brak katalogów systemowych hosta w kontenerze',
  'sec.proc_sys_rw.title': '/proc i /sys nie są zapisywalne',
  'sec.host_binary_bind.title': 'Brak podpiętych plików wykonywalnych lub bibliotek hosta',
  'subid.not_allowed.title': '/etc/subuid i /etc/subgid zezwalają na mapowanie',
  'subid.typo_file.title': 'Brak błędnie nazwanych plików podrzędnych identyfikatorów',
  'subid.nss.title': 'Podrzędne identyfikatory pochodzą z plików',
  'intel.huc.title': 'Firmware HuC jest załadowany (kodowanie niskoenergetyczne)',
  'intel.sriov_vf.title': 'Funkcje wirtualne SR-IOV',
  'amd.kfd.title': 'ROCm ma /dev/kfd',
  'fix.remove_line': 'Usuń wiersz',
  'fix.optional_cleanup': 'Opcjonalne porządki',
  'fix.restart': 'Uruchom ponownie kontener, aby zastosować konfigurację',
  'cgroup.v1_key.no_effect':
    '`{line}` to klucz cgroup v1. Ten host używa cgroup v2 (PVE 7 i nowsze; PVE 9 w ogóle nie ma v1), więc wiersz nie działa. PVE zapisuje w logu `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` to klucz cgroup v1. Ten host używa cgroup v2 (PVE 7 i nowsze; PVE 9 w ogóle nie ma v1), więc wiersz nie działa, a te urządzenia pozostają zablokowane (`Operation not permitted`). PVE zapisuje w logu `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` to klucz cgroup v1. Ten host używa cgroup v2 (PVE 7 i nowsze; PVE 9 w ogóle nie ma v1), więc wiersz nie działa. PVE zapisuje w logu `{key} is deprecated, this will be a hard error in the future!`. Przepisany jako lxc.cgroup2.devices.allow zezwalałby na każde urządzenie (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename': 'Zmień go na klucz cgroup2, a najlepiej zastąp surowe wpisy przez devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} jest zamontowany, ale cgroup urządzeń na niego nie zezwala. Plik jest widoczny w kontenerze, ale każde open() zwraca `Operation not permitted`.} few {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala. Pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.} many {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala. Pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.} other {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala. Pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} jest widoczny przez podpięcie katalogu, ale cgroup urządzeń na niego nie zezwala: open() zwraca `Operation not permitted`. Niepotrzebny dla VA-API ani obliczeń.} few {{nodes} są widoczne przez podpięcie katalogu, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Niepotrzebne dla VA-API ani obliczeń.} many {{nodes} są widoczne przez podpięcie katalogu, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Niepotrzebne dla VA-API ani obliczeń.} other {{nodes} są widoczne przez podpięcie katalogu, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Niepotrzebne dla VA-API ani obliczeń.}}',
  'cgroup.not_allowed.fix':
    'Zezwól na te węzły albo użyj devN, które generuje reguły przy każdym uruchomieniu',
  'cgroup.stale_major.since_start':
    '`{path}` ma teraz numer {devt}, ale kontener uruchomiono z regułami urządzeń dla {started} (/var/lib/lxc/{vmid}/config). Od uruchomienia sterownik został przeładowany lub zmienił numerację: węzeł jest zablokowany w działającym kontenerze.',
  'cgroup.stale_major.fix.restart':
    'Uruchom ponownie kontener: PVE wygeneruje reguły na nowo z bieżących węzłów',
  'cgroup.stale_major':
    'Konfiguracja zezwala na numer major {major}, którego nie używa żadne bieżące urządzenie, a `{path}` ma teraz numer {devt}. Dynamiczne numery major (nvidia-uvm, nvidia-caps, kfd) zmieniają się po aktualizacjach sterownika.',
  'cgroup.stale_major.named':
    'Konfiguracja zezwala na numer major {major}, którego nie używa żadne bieżące urządzenie, a `{path}` ma teraz numer {devt} ({driver} w /proc/devices). Dynamiczne numery major (nvidia-uvm, nvidia-caps, kfd) zmieniają się po aktualizacjach sterownika.',
  'cgroup.stale_major.fix':
    'Zaktualizuj numer albo przejdź na devN (reguły są generowane z stat() przy każdym uruchomieniu)',
  'cgroup.allow_all':
    'Kontener może czytać i zapisywać każdy węzeł urządzenia, który może utworzyć lub osiągnąć, w tym urządzenia blokowe.',
  'cgroup.allow_all.privileged':
    'Kontener może czytać i zapisywać każdy węzeł urządzenia, który może utworzyć lub osiągnąć, w tym urządzenia blokowe. W kontenerze uprzywilejowanym oznacza to dostęp do dysków hosta.',
  'cgroup.allow_all.fix': 'Usuń go; zezwól na konkretne węzły GPU (albo użyj devN)',
  'cgroup.redundant.by_devn': 'PVE już zezwala na `c {devt}` dla `{key}`.',
  'cgroup.redundant': 'Zezwolono na `c {devt}`, ale żaden podpięty węzeł nie ma tego numeru.',
  'ct.config_syntax.fix': 'Popraw lub usuń wiersz',
  'ct.config_syntax.fix.dev':
    'Zapisz go jako dev<N>: /dev/<ścieżka>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE obsługuje dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Zmień numerację wpisów',
  'ct.pending.idmap':
    'Kontener działa z mapowaniem identyfikatorów z ostatniego uruchomienia ({started}); konfiguracja podaje teraz {now}. Nowe mapowanie zacznie obowiązywać po ponownym uruchomieniu.',
  'ct.pending.idmap_removed':
    'Kontener działa z mapowaniem identyfikatorów z ostatniego uruchomienia ({started}); konfiguracja nie ma teraz mapowania. Nowe mapowanie zacznie obowiązywać po ponownym uruchomieniu.',
  'ct.pending':
    'Te zmiany oczekują i zostaną zastosowane przy następnym uruchomieniu kontenera; powyższe testy opisują bieżącą konfigurację: {changes}.',
  'ct.config_syntax.delete':
    'Wiersz {line}: `delete` jest dozwolone tylko w [pve:pending]; tutaj PVE go ignoruje.',
  'ct.config_syntax.empty_option':
    'Wiersz {line}: opcja `{key}` nie ma wartości; PVE zapisuje w logu `unable to parse config` i ignoruje wiersz.',
  'ct.config_syntax.unparsable':
    'Wiersz {line}: PVE nie potrafi przetworzyć tego wiersza (`unable to parse config`) i go ignoruje.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` nie jest liczbą. PVE odrzuca wpis.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` nie jest ósemkowym trybem, takim jak 0660. PVE odrzuca wpis.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: nieznana opcja `{option}`. PVE odrzuca wpis.',
  'ct.config_syntax.dev.no_path': '`{key}` nie podaje ścieżki urządzenia. PVE odrzuca wpis.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` nie leży w /dev/. PVE odrzuca wpis.',
  'ct.config_syntax.dev.dot_path': '`{key}`: `{path}` zawiera składniki /. lub /..; PVE odrzuca wpis.',
  'ct.node_check.missing': '`{path}` nie istnieje w kontenerze (zob. {see}).',
  'ct.node_check.placeholder':
    '`{path}` w kontenerze jest zwykłym plikiem (zastępczym) — montowanie bind nie nastąpiło (zob. {see}).',
  'ct.node_check.not_device':
    '`{path}` w kontenerze nie jest węzłem urządzenia — montowanie bind nie nastąpiło (zob. {see}).',
  'ct.node_check.stale':
    '`{path}` w kontenerze ma numer {devt}, a węzeł hosta {hostDevt} — to nieaktualny węzeł sprzed przeładowania sterownika (zob. {see}). Uruchom ponownie kontener.',
  'ct.node_check.fix': 'Po naprawieniu wskazanego testu uruchom ponownie kontener',
  'ct.service_user_groups':
    'Użytkownik `{user}` nie może otworzyć `{path}`: właścicielem jest gid {gid}, tryb {mode}, a {user} należy do {groups}.',
  'ct.service_user_groups.no_groups':
    'Użytkownik `{user}` nie może otworzyć `{path}`: właścicielem jest gid {gid}, tryb {mode}, a {user} nie należy do żadnych dodatkowych grup.',
  'ct.service_user_groups.fix.add_user':
    'Dodaj {user} do {group} wewnątrz kontenera i uruchom ponownie usługę',
  'ct.service_user_groups.fix.devn_gid':
    'Przypisz węzłowi grupę render kontenera ({see}), a następnie uruchom ponownie kontener',
  'ct.service_user_groups.fix.node_group':
    'Przypisz węzłowi grupę render kontenera (zob. dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'Kontener ma kilka grup `{group}` (liczba: {count}; {gids}); narzędzia rozwiązują nazwę do jednej z nich.',
  'ct.group_collision.fix': 'Usuń duplikat; zachowaj gid, do którego należy węzeł',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 wymusza starszy sterownik; obsługuje on tylko GPU sprzed Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Usuń LIBVA_DRIVER_NAME lub ustaw go na iHD',
  'ct.vaapi_driver.only_i965':
    'Kontener ma tylko starszy sterownik VA-API i965. Dla GPU Intel Gen9 i nowszych zainstaluj intel-media-va-driver-non-free (Debian: włącz non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'Kontener ma tylko starszy sterownik VA-API i965. Dla GPU Intel Gen9 i nowszych zainstaluj intel-media-va-driver-non-free (Debian: włącz non-free). Kontener nie może jeszcze otworzyć węzła render (zob. wyżej); najpierw napraw dostęp, potem sprawdź ponownie sterownik (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'W kontenerze nie znaleziono sterownika VA-API Intel (iHD_drv_video.so). Dla GPU Intel Gen9 i nowszych zainstaluj intel-media-va-driver-non-free (Debian: włącz non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'W kontenerze nie znaleziono sterownika VA-API Intel (iHD_drv_video.so). Dla GPU Intel Gen9 i nowszych zainstaluj intel-media-va-driver-non-free (Debian: włącz non-free). Kontener nie może jeszcze otworzyć węzła render (zob. wyżej); najpierw napraw dostęp, potem sprawdź ponownie sterownik (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Zainstaluj sterownik multimediów wewnątrz kontenera',
  'ct.vaapi_driver.no_radeonsi': 'W kontenerze nie znaleziono radeonsi_drv_video.so (mesa-va-drivers).',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'W kontenerze nie znaleziono radeonsi_drv_video.so (mesa-va-drivers). Kontener nie może jeszcze otworzyć węzła render (zob. wyżej); najpierw napraw dostęp, potem sprawdź ponownie sterownik (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Zainstaluj mesa-va-drivers wewnątrz kontenera',
  'dev.path_missing':
    '`{entry}` nie istnieje na hoście; `pct start` przerywa z komunikatem `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` nie istnieje na hoście; `pct start` przerywa z komunikatem `Device {path} does not exist`. Host ma zamiast tego {others}: numeracja DRM może się zmieniać między uruchomieniami i wersjami jądra (zob. dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` nie istnieje na hoście; `pct start` przerywa z komunikatem `Device {path} does not exist`. /dev/nvidia-uvm istnieje dopiero po załadowaniu modułu nvidia_uvm i utworzeniu jego węzła (zob. nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` nie istnieje na hoście; `pct start` przerywa z komunikatem `Device {path} does not exist`. Moduł jądra NVIDIA prawdopodobnie nie jest załadowany (zob. nv.module).',
  'dev.path_missing.fix.repoint':
    'Skieruj wpis na istniejący węzeł, najlepiej przez jego stabilną nazwę by-path',
  'dev.path_missing.fix.create':
    'Zadbaj, aby urządzenie istniało na hoście przed uruchomieniem kontenera, albo usuń wpis',
  'dev.not_device.file':
    '`{path}` na hoście jest zwykłym plikiem, a nie urządzeniem (PVE: `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` na hoście jest katalogiem, a nie urządzeniem (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Usuń plik i pozwól udev ponownie utworzyć węzeł; potem sprawdź w dev.conflict, skąd się wziął',
  'dev.node_renamed.gone':
    '`{path}` zniknął, a host ma teraz {others}: GPU prawdopodobnie otrzymało nowy numer. Od jądra 5.14 framebuffer rozruchowy simpledrm często zajmuje najpierw card0, a numery mogą się zmieniać między uruchomieniami i aktualizacjami jądra.',
  'dev.node_renamed':
    'Konfiguracja podaje `{path}` po numerze. Dziś odpowiada to hostowi, ale numeracja DRM może się zmienić (simpledrm zajmujący card0, aktualizacje jądra, drugie GPU). VA-API, QSV i NVENC potrzebują tylko węzła render.',
  'dev.node_renamed.fix.bypath': 'Użyj stabilnej nazwy by-path (albo całkowicie zrezygnuj z węzła card)',
  'dev.node_renamed.fix.drop':
    'Zrezygnuj z węzła card (węzeł render wystarczy) albo użyj nazw /dev/dri/by-path',
  'dev.bypath':
    'PVE tworzy węzeł w kontenerze pod skonfigurowaną ścieżką `{path}`, a nie pod `{node}` (hook autodev montuje na /dev/<skonfigurowana ścieżka>). Aplikacje wykrywające /dev/dri/renderD128 go nie znajdą.',
  'dev.bypath.fix':
    'Wskaż aplikacji węzeł by-path (Jellyfin „VA-API Device”, ffmpeg -vaapi_device, LIBVA_DRM_DEVICE, gdzie jest obsługiwane) albo dodaj dowiązanie symboliczne w kontenerze przy uruchomieniu',
  'dev.gid_default':
    '`{path}` będzie w kontenerze `root:root 0660`: używać go może tylko root kontenera; usługi działające jako własny użytkownik (jellyfin, plex, immich, frigate, ollama) dostają `Permission denied`.',
  'dev.gid_default.fix':
    'Przypisz węzłowi grupę {group} kontenera (wartość odczytana z /etc/group kontenera, gdy działa)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` używa gid {gid}, czyli gid grupy render HOSTA. Gid w devN to gid kontenera: musi to być grupa render wewnątrz kontenera, która często jest inna (Debian 12: 105, Ubuntu 24.04: 993). Uruchom kontener, aby ten test mógł odczytać jego /etc/group.',
  'dev.gid_wrong_group.fix.lookup': 'Sprawdź gid wewnątrz kontenera i użyj go',
  'dev.gid_wrong_group.render':
    '`{key}` ustawia gid {gid}, czyli `{group}` w tym kontenerze ({os}); jego grupa `render` to {want}. Węzeł render należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` ustawia gid {gid}, który nie jest żadną grupą w tym kontenerze ({os}); jego grupa `render` to {want}. Węzeł render należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.render_missing':
    '`{key}` ustawia gid {gid}, czyli `{group}` w tym kontenerze ({os}); kontener nie ma grupy `render`. Węzeł render należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` ustawia gid {gid}, który nie jest żadną grupą w tym kontenerze ({os}); kontener nie ma grupy `render`. Węzeł render należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.card':
    '`{key}` ustawia gid {gid}, czyli `{group}` w tym kontenerze ({os}); jego grupa `video` to {want}. Węzeł card należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` ustawia gid {gid}, który nie jest żadną grupą w tym kontenerze ({os}); jego grupa `video` to {want}. Węzeł card należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.card_missing':
    '`{key}` ustawia gid {gid}, czyli `{group}` w tym kontenerze ({os}); kontener nie ma ani grupy `video`, ani `render`. Węzeł card należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` ustawia gid {gid}, który nie jest żadną grupą w tym kontenerze ({os}); kontener nie ma ani grupy `video`, ani `render`. Węzeł card należy więc do niewłaściwej grupy. (Gid w devN to gid kontenera; gid grupy render hosta nie ma tu znaczenia).',
  'dev.gid_wrong_group.fix.create_group':
    'Najpierw utwórz grupę {group} wewnątrz kontenera (np. instalując pakiety przestrzeni użytkownika GPU), a następnie ustaw tutaj jej gid',
  'dev.gid_wrong_group.fix': 'Ustaw {key} na gid grupy {group} kontenera i uruchom ponownie kontener',
  'dev.id_unmapped.gid':
    '`gid={id}` nie jest zmapowany przez lxc.idmap tego kontenera, więc PVE przypisuje węzeł gid hosta {id}, a kontener widzi `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` nie jest zmapowany przez lxc.idmap tego kontenera, więc PVE przypisuje węzeł uid hosta {id}, a kontener widzi `nobody`.',
  'dev.id_unmapped.fix.gid':
    'Użyj zmapowanego gid (grupy render kontenera) albo popraw mapowanie (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Użyj zmapowanego uid albo popraw mapowanie (idmap.gap)',
  'dev.nvidia_mode':
    'Na hoście węzły NVIDIA mają tryb 0666; przez devN stają się w kontenerze `0660 root:{group}`, więc usługi spoza tej grupy (ollama, jellyfin, immich …) nie mogą ich otworzyć.',
  'dev.nvidia_mode.users':
    'Na hoście węzły NVIDIA mają tryb 0666; przez devN stają się w kontenerze `0660 root:{group}`, więc usługi spoza tej grupy ({users}) nie mogą ich otworzyć.',
  'dev.nvidia_mode.fix':
    'Dodaj mode=0666 do wpisów devN NVIDIA (taka sama ekspozycja jak na hoście; sterownik sam egzekwuje swoje kontrole) albo dodaj użytkowników usług do grupy',
  'dev.kfd_gid':
    'ROCm oczekuje, że /dev/kfd będzie dostępny przez grupę render; tutaj należy do grupy {gid}. rocminfo/ollama zgłaszają `Unable to open /dev/kfd read-write: Permission denied` dla użytkowników należących tylko do render.',
  'dev.kfd_gid.fix': 'Przypisz /dev/kfd gid grupy render kontenera',
  'dev.conflict.twice':
    '`{first}` i `{second}` przekazują oba `{path}`; drugie mknod hooka autodev trafia na istniejący plik i uruchomienie się nie udaje (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Zachowaj jeden wpis',
  'dev.conflict.mount':
    '`{entry}` oraz `lxc.mount.entry` na `{target}`: LXC wykonuje wpisy montowania przed hookiem autodev, którego mknod trafia wtedy na istniejący plik (`Could not mknod …: File exists`), a uruchomienie kończy się błędem `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` oraz `lxc.mount.entry` na `{target}`: LXC wykonuje wpisy montowania przed hookiem autodev, którego mknod trafia wtedy na istniejący plik (`Could not mknod …: File exists`), a uruchomienie kończy się błędem `Script exited with status 17`. Przy podpięciu całego katalogu hook zapisuje nawet do rzeczywistego katalogu hosta.',
  'dev.conflict.fix.remove_bind':
    'Dla danego węzła używaj albo devN, albo surowych wpisów, nigdy obu; usuń surowe podpięcie',
  'dev.render_numbering':
    '{count, plural, one {W kontenerze jest tylko {nodes}. Domyślne wykrywanie libva zaczyna od renderD128 (intel/libva#540), więc vainfo/ffmpeg bez jawnie podanego urządzenia może zawieść.} few {W kontenerze są tylko {nodes}. Domyślne wykrywanie libva zaczyna od renderD128 (intel/libva#540), więc vainfo/ffmpeg bez jawnie podanego urządzenia może zawieść.} many {W kontenerze są tylko {nodes}. Domyślne wykrywanie libva zaczyna od renderD128 (intel/libva#540), więc vainfo/ffmpeg bez jawnie podanego urządzenia może zawieść.} other {W kontenerze są tylko {nodes}. Domyślne wykrywanie libva zaczyna od renderD128 (intel/libva#540), więc vainfo/ffmpeg bez jawnie podanego urządzenia może zawieść.}}',
  'dev.render_numbering.fix':
    'Skonfiguruj ścieżkę urządzenia w aplikacji (np. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'Kontener przekazuje /dev/kfd (AMD ROCm), ale węzeł render innego producenta. {nodes}.',
  'dev.vendor.fix': 'Przekaż węzeł render właściwego GPU przez jego nazwę by-path',
  'host.gpu_inventory':
    '{gpus}. Grupy hosta: render {render}, video {video} (gid grupy render hosta różni się między wydaniami PVE — 104 w PVE 7/8, 993 zgłaszane w PVE 9 — dlatego poradniki się różnią; dla devN liczy się tylko gid kontenera).',
  'host.gpu_inventory.used':
    '{gpus}. Grupy hosta: render {render}, video {video} (gid grupy render hosta różni się między wydaniami PVE — 104 w PVE 7/8, 993 zgłaszane w PVE 9 — dlatego poradniki się różnią; dla devN liczy się tylko gid kontenera). Ten kontener używa {used}.',
  'host.gpu_inventory.no_drm':
    'Nie znaleziono urządzeń DRM. Grupy hosta: render {render}, video {video} (gid grupy render hosta różni się między wydaniami PVE — 104 w PVE 7/8, 993 zgłaszane w PVE 9 — dlatego poradniki się różnią; dla devN liczy się tylko gid kontenera).',
  'host.gpu_inventory.no_drm.used':
    'Nie znaleziono urządzeń DRM. Grupy hosta: render {render}, video {video} (gid grupy render hosta różni się między wydaniami PVE — 104 w PVE 7/8, 993 zgłaszane w PVE 9 — dlatego poradniki się różnią; dla devN liczy się tylko gid kontenera). Ten kontener używa {used}.',
  'host.no_drm_node.vfio':
    'GPU {pci} ({vendor}) jest przypisane do vfio-pci (przekazywanie do VM), więc host nie ma węzła /dev/dri, który mógłby udostępnić kontenerom. GPU można przekazać maszynom wirtualnym albo kontenerom, nie obu naraz.',
  'host.no_drm_node':
    'GPU {pci} ({vendor}) nie ma na hoście działającego sterownika, więc nie ma węzła urządzenia do przekazania.',
  'host.no_drm_node.fix.vfio':
    'Usuń powiązanie vfio-pci ids= / użycie hostpciN, przebuduj initramfs i uruchom ponownie',
  'host.no_drm_node.fix': 'Zainstaluj i załaduj sterownik hosta dla tego GPU',
  'host.world_rw_nodes':
    '`{path}` ma na hoście tryb {mode}. Każdy użytkownik hosta i każdy kontener, który widzi węzeł, może używać GPU.',
  'host.world_rw_nodes.card':
    '`{path}` ma na hoście tryb {mode}. Każdy użytkownik hosta i każdy kontener, który widzi węzeł, może używać GPU; węzeł card zapisywalny dla wszystkich pozwala też sterować wyświetlaniem/KMS.',
  'host.world_rw_nodes.fix':
    'Usuń regułę poszerzającą tryb i przekazuj węzeł kontenerom przez devN z ich własnym gid',
  'host.world_rw_nodes.rule': 'Reguła udev sprawia, że węzły GPU na hoście są zapisywalne dla wszystkich.',
  'host.world_rw_nodes.fix.rule': 'Usuń regułę; zamiast tego przekazuj węzły przez devN z gid kontenera',
  'host.prestart_chown':
    'Ten hook zmienia właściciela lub tryb węzłów urządzeń HOSTA przy każdym uruchomieniu kontenera (`{hook}`). Członkowie grup render/video na hoście i każdy inny kontener tracą dostęp, dopóki udev go nie przywróci.',
  'host.prestart_chown.fix':
    'Usuń hooki i użyj devN: PVE tworzy prywatną kopię węzła z żądanym właścicielem, zamiast zmieniać węzeł hosta',
  'idmap.syntax':
    '`{line}` jest niepoprawny. LXC rozumie tylko `u` (użytkownicy) i `g` (grupy), po których następują trzy liczby, a liczba elementów jest większa od 0; PVE zapisuje w logu `failed to parse idmap` i kontener się nie uruchomi.',
  'idmap.syntax.fix': 'Zapisz jeden wiersz u i jeden wiersz g na zakres (tutaj: zakresy domyślne)',
  'idmap.deprecated_key':
    '`lxc.id_map` to nazwa sprzed LXC 3.0; PVE zmienia ją z ostrzeżeniem przy każdym uruchomieniu.',
  'idmap.deprecated_key.fix': 'Zmień nazwę klucza na lxc.idmap',
  'idmap.type_missing.uid':
    'Ten kontener ma własne mapowania gid, ale żadnych mapowań uid. Gdy istnieje jakikolwiek wiersz `lxc.idmap`, PVE przestaje dodawać domyślne mapowania dla obu typów, więc uid nie mają żadnego mapowania.',
  'idmap.type_missing.gid':
    'Ten kontener ma własne mapowania uid, ale żadnych mapowań gid. Gdy istnieje jakikolwiek wiersz `lxc.idmap`, PVE przestaje dodawać domyślne mapowania dla obu typów, więc gid nie mają żadnego mapowania.',
  'idmap.type_missing.fix.uid': 'Dodaj pełne mapowanie domyślne dla uid',
  'idmap.type_missing.fix.gid': 'Dodaj pełne mapowanie domyślne dla gid',
  'idmap.root_unmapped.uid':
    'Root kontenera (uid 0) nie jest zmapowany; LXC nie może przygotować kontenera (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'Root kontenera (gid 0) nie jest zmapowany; LXC nie może przygotować kontenera (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Zacznij mapowanie uid od 0',
  'idmap.root_unmapped.fix.gid': 'Zacznij mapowanie gid od 0',
  'idmap.overlap.ct_uid':
    "Dwa wiersze lxc.idmap mapują ten sam uid kontenera {range} (`{first}` i `{second}`). PVE ostrzega `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; jądro odrzuca nakładające się mapowania (`newuidmap: write to uid_map failed: Invalid argument`) i kontener się nie uruchamia.",
  'idmap.overlap.ct_gid':
    "Dwa wiersze lxc.idmap mapują ten sam gid kontenera {range} (`{first}` i `{second}`). PVE ostrzega `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; jądro odrzuca nakładające się mapowania (`newgidmap: write to gid_map failed: Invalid argument`) i kontener się nie uruchamia.",
  'idmap.overlap.host_uid':
    "Dwa wiersze lxc.idmap mapują ten sam uid hosta {range} (`{first}` i `{second}`). PVE ostrzega `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; jądro odrzuca nakładające się mapowania (`newuidmap: write to uid_map failed: Invalid argument`) i kontener się nie uruchamia.",
  'idmap.overlap.host_gid':
    "Dwa wiersze lxc.idmap mapują ten sam gid hosta {range} (`{first}` i `{second}`). PVE ostrzega `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; jądro odrzuca nakładające się mapowania (`newgidmap: write to gid_map failed: Invalid argument`) i kontener się nie uruchamia.",
  'idmap.overlap.fix.uid': 'Podziel duży zakres wokół wyjątku; cały blok uid, gotowy do wklejenia',
  'idmap.overlap.fix.gid': 'Podziel duży zakres wokół wyjątku; cały blok gid, gotowy do wklejenia',
  'idmap.gap.uid':
    '{count, plural, one {Uid kontenera {ids} nie jest zmapowany.} few {Uid kontenera {ids} nie są zmapowane.} many {Uid kontenera {ids} nie są zmapowane.} other {Uid kontenera {ids} nie są zmapowane.}} Pliki z tymi identyfikatorami są widoczne jako `nobody`, a `chown` na nie kończy się błędem `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Gid kontenera {ids} nie jest zmapowany.} few {Gid kontenera {ids} nie są zmapowane.} many {Gid kontenera {ids} nie są zmapowane.} other {Gid kontenera {ids} nie są zmapowane.}} Pliki z tymi identyfikatorami są widoczne jako `nogroup`, a `chgrp` na nie kończy się błędem `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {Uid kontenera {ids} nie jest zmapowany.} few {Uid kontenera {ids} nie są zmapowane.} many {Uid kontenera {ids} nie są zmapowane.} other {Uid kontenera {ids} nie są zmapowane.}} Pliki z tymi identyfikatorami są widoczne jako `nobody`, a `chown` na nie kończy się błędem `Invalid argument`. Prawdopodobnie to błąd o jeden w miejscu, gdzie jeden wiersz się kończy, a następny zaczyna: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Gid kontenera {ids} nie jest zmapowany.} few {Gid kontenera {ids} nie są zmapowane.} many {Gid kontenera {ids} nie są zmapowane.} other {Gid kontenera {ids} nie są zmapowane.}} Pliki z tymi identyfikatorami są widoczne jako `nogroup`, a `chgrp` na nie kończy się błędem `Invalid argument`. Prawdopodobnie to błąd o jeden w miejscu, gdzie jeden wiersz się kończy, a następny zaczyna: {hints}.',
  'idmap.gap.fix.uid': 'Rozszerz sąsiednie zakresy; cały blok uid bez luk, gotowy do wklejenia',
  'idmap.gap.fix.gid': 'Rozszerz sąsiednie zakresy; cały blok gid bez luk, gotowy do wklejenia',
  'idmap.host_root.uid':
    '`{line}` daje kontenerowi użytkownika root hosta. Wszystko, co działa w kontenerze z tym identyfikatorem, jest rootem hosta; LXC pomija nawet sprawdzanie /etc/subuid dla takich mapowań.',
  'idmap.host_root.gid':
    '`{line}` daje kontenerowi grupę root hosta. Wszystko, co działa w kontenerze z tym identyfikatorem, jest rootem hosta; LXC pomija nawet sprawdzanie /etc/subgid dla takich mapowań.',
  'idmap.host_root.fix':
    'Nigdy nie mapuj identyfikatora 0 hosta; zamiast tego przekazuj urządzenia przez devN',
  'idmap.passthrough_ids':
    'Identyfikatory hosta przekazane do kontenera: {ids}. Kontener może otworzyć każdy obiekt hosta należący do tych identyfikatorów, a pliki, które z nimi tworzy, należą do tych identyfikatorów hosta.',
  'idmap.passthrough_ids.sensitive':
    'Identyfikatory hosta przekazane do kontenera: {ids}. Kontener może otworzyć każdy obiekt hosta należący do tych identyfikatorów, a pliki, które z nimi tworzy, należą do tych identyfikatorów hosta. Co najmniej jeden z nich to uprzywilejowana grupa hosta.',
  'idmap.passthrough_ids.fix':
    'Dla dostępu do GPU wybierz devN z własnym gid kontenera: żaden identyfikator hosta nie musi być współdzielony (mapowania 1:1 zostaw tylko dla podpiętych danych)',
  'idmap.too_many_ranges.uid': 'Zakresy uid: {count}; jądro akceptuje najwyżej 340 zakresów na mapowanie.',
  'idmap.too_many_ranges.gid': 'Zakresy gid: {count}; jądro akceptuje najwyżej 340 zakresów na mapowanie.',
  'idmap.too_many_ranges.fix': 'Połącz sąsiadujące zakresy',
  'mon.pmu_in_ct.title.nvidia': 'Monitorowanie GPU wewnątrz tego kontenera',
  'mon.pmu_in_ct.nvidia':
    'Narzędzia NVIDIA (nvidia-smi, nvtop) używają NVML, a nie PMU perf, i działają w kontenerze, gdy tylko wersja biblioteki się zgadza — ale nie pokazują tam procesów (mon.nvml_pids). Nic nie wymaga obniżania kernel.perf_event_paranoid ani kontenera uprzywilejowanego, co osłabiłoby cały host. Ta zakładka GPU pokazuje wykorzystanie kontenera według procesów, odczytane na hoście i przypisane według cgroup.',
  'mon.pmu_in_ct.privileged':
    'Ten kontener jest uprzywilejowany, więc {tool} działa w nim — bo jego root jest rootem hosta. {tool} odczytuje PMU GPU przez perf_event_open() jako zdarzenie obejmujące cały CPU. Jądro pozwala na to tylko posiadaczom CAP_PERFMON (lub CAP_SYS_ADMIN) w początkowej przestrzeni nazw użytkowników hosta, gdy kernel.perf_event_paranoid jest większe od 0 (tutaj {paranoid}). Root w nieuprzywilejowanym kontenerze ma swoje uprawnienia tylko we własnej przestrzeni nazw użytkowników, więc wywołanie kończy się błędem `Failed to initialize PMU! (Permission denied)` — i żadna zmiana setcap, lxc.cap.keep, AppArmor ani seccomp tego nie zmieni. Dwie „poprawki” z internetu osłabiają cały host: obniżenie kernel.perf_event_paranoid otwiera systemowe liczniki wydajności dla każdego procesu na hoście i w każdym kontenerze, a uczynienie kontenera uprzywilejowanym sprawia, że jego root jest rootem hosta. Ta zakładka GPU pokazuje te same liczby dla poszczególnych silników tego kontenera bez żadnej z nich: odczytuje je na hoście z /proc/<pid>/fdinfo i sysfs i przypisuje według cgroup. Wewnątrz kontenera narzędzia oparte na fdinfo (nvtop, amdgpu_top) również działają dla jego własnych procesów.',
  'mon.pmu_in_ct.lowered':
    '{tool} może działać w tym kontenerze tylko dlatego, że kernel.perf_event_paranoid ma na hoście wartość {paranoid} (mon.paranoid_lowered). {tool} odczytuje PMU GPU przez perf_event_open() jako zdarzenie obejmujące cały CPU. Jądro pozwala na to tylko posiadaczom CAP_PERFMON (lub CAP_SYS_ADMIN) w początkowej przestrzeni nazw użytkowników hosta, gdy kernel.perf_event_paranoid jest większe od 0 (tutaj {paranoid}). Root w nieuprzywilejowanym kontenerze ma swoje uprawnienia tylko we własnej przestrzeni nazw użytkowników, więc wywołanie kończy się błędem `Failed to initialize PMU! (Permission denied)` — i żadna zmiana setcap, lxc.cap.keep, AppArmor ani seccomp tego nie zmieni. Dwie „poprawki” z internetu osłabiają cały host: obniżenie kernel.perf_event_paranoid otwiera systemowe liczniki wydajności dla każdego procesu na hoście i w każdym kontenerze, a uczynienie kontenera uprzywilejowanym sprawia, że jego root jest rootem hosta. Ta zakładka GPU pokazuje te same liczby dla poszczególnych silników tego kontenera bez żadnej z nich: odczytuje je na hoście z /proc/<pid>/fdinfo i sysfs i przypisuje według cgroup. Wewnątrz kontenera narzędzia oparte na fdinfo (nvtop, amdgpu_top) również działają dla jego własnych procesów.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} nie może działać w tym nieuprzywilejowanym kontenerze. {tool} odczytuje PMU GPU przez perf_event_open() jako zdarzenie obejmujące cały CPU. Jądro pozwala na to tylko posiadaczom CAP_PERFMON (lub CAP_SYS_ADMIN) w początkowej przestrzeni nazw użytkowników hosta, gdy kernel.perf_event_paranoid jest większe od 0 (tutaj {paranoid}). Root w nieuprzywilejowanym kontenerze ma swoje uprawnienia tylko we własnej przestrzeni nazw użytkowników, więc wywołanie kończy się błędem `Failed to initialize PMU! (Permission denied)` — i żadna zmiana setcap, lxc.cap.keep, AppArmor ani seccomp tego nie zmieni. Dwie „poprawki” z internetu osłabiają cały host: obniżenie kernel.perf_event_paranoid otwiera systemowe liczniki wydajności dla każdego procesu na hoście i w każdym kontenerze, a uczynienie kontenera uprzywilejowanym sprawia, że jego root jest rootem hosta. Ta zakładka GPU pokazuje te same liczby dla poszczególnych silników tego kontenera bez żadnej z nich: odczytuje je na hoście z /proc/<pid>/fdinfo i sysfs i przypisuje według cgroup. Wewnątrz kontenera narzędzia oparte na fdinfo (nvtop, amdgpu_top) również działają dla jego własnych procesów.',
  'mon.pmu_in_ct.fix':
    'Nic nie trzeba zmieniać: użyj tej zakładki do sprawdzania wykorzystania GPU przez kontener. Nie obniżaj perf_event_paranoid ani nie czyń kontenera uprzywilejowanym.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} pozwala każdemu procesowi na hoście i w każdym kontenerze otwierać systemowe liczniki wydajności. Prawdopodobnie ustawiono to, aby intel_gpu_top działał w kontenerze; ta zakładka pokazuje te same liczby bez tego.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} pozwala każdemu procesowi na hoście i w każdym kontenerze otwierać systemowe liczniki wydajności; -1 dodatkowo pozwala na profilowanie jądra i surowe tracepointy. Prawdopodobnie ustawiono to, aby intel_gpu_top działał w kontenerze; ta zakładka pokazuje te same liczby bez tego.',
  'mon.paranoid_lowered.fix':
    'Usuń nadpisanie (oraz jego wiersz w /etc/sysctl.conf lub /etc/sysctl.d/*.conf) i używaj monitorowania po stronie hosta',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` w kontenerze nie pokazują procesów: sterownik NVIDIA zgłasza PID-y hosta, które nie istnieją w przestrzeni nazw PID kontenera. Sumy wykorzystania i pamięci są poprawne; ta zakładka przypisuje PID-y hosta do kontenerów.',
  'mon.ineffective_workarounds':
    'Te ustawienia nie udostępniają PMU Intel w nieuprzywilejowanym kontenerze: `setcap cap_perfmon` wewnątrz CT, `lxc.cap.keep`, nieograniczony profil AppArmor, pusty profil seccomp ani uruchamianie pliku wykonywalnego hosta przez podpięcie. Jądro sprawdza CAP_PERFMON względem początkowej przestrzeni nazw użytkowników hosta, której kontener nigdy nie może posiadać. Osłabiają one jedynie izolację — rozważ ich usunięcie (zob. sec.*).',
  'mon.ineffective_workarounds.fix': 'Cofnij je',
  'mount.optional_missing':
    '`{path}` jest montowany z `optional`, ale nie istnieje na hoście. LXC zapisuje w logu `Failed to mount "{path}"` i uruchamia kontener bez niego — urządzenie po cichu znika.',
  'mount.optional_missing.fix':
    'Zadbaj, aby źródło istniało przed uruchomieniem kontenera (nv.uvm_lazy, dev.node_renamed), albo przejdź na devN, które w takim przypadku zgłasza wyraźny błąd',
  'mount.no_create':
    'Cel montowania `{target}` nie istnieje w świeżym /dev kontenera; bez `create=file` podpięcie się nie udaje.',
  'mount.no_create.optional':
    'Cel montowania `{target}` nie istnieje w świeżym /dev kontenera; bez `create=file` podpięcie się nie udaje (po cichu, z powodu optional).',
  'mount.no_create.fix': 'Dodaj create=file',
  'mount.create_kind.dir': '`create={create}` nie odpowiada źródłu `{path}`, które jest katalogiem.',
  'mount.create_kind.file': '`create={create}` nie odpowiada źródłu `{path}`, które jest węzłem urządzenia.',
  'mount.create_kind.fix': 'Użyj create={create}',
  'mount.bad_path.relative_source':
    '`{path}` to źródło względne; nie jest to `/{path}` hosta i montowanie jest pomijane.',
  'mount.bad_path.absolute_target':
    'Cel `{target}` jest bezwzględny; cele montowania LXC są względne wobec katalogu głównego kontenera (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` jest zamontowany w `{target}`; aplikacje szukają go w `{dir}`.',
  'mount.bad_path.fix': 'Podepnij /dev/X na dev/X',
  'mount.duplicate': 'Dwa wpisy montują na `{target}`; późniejszy przesłania wcześniejszy.',
  'mount.duplicate.fix': 'Zachowaj jeden',
  'mount.unmapped_owner':
    '`{path}` ma na hoście właściciela `{owner}`. W kontenerze jest widoczny jako `{ctOwner}` i nikt w kontenerze — nawet root — nie może go otworzyć.',
  'mount.unmapped_owner.gid':
    '`{path}` ma na hoście właściciela `{owner}`. Gid hosta {gid} nie jest zmapowany do tego kontenera, więc węzeł jest widoczny jako `{ctOwner}` i nikt w kontenerze — nawet root — nie może go otworzyć.',
  'mount.unmapped_owner.fix':
    'Zastąp surowy wpis przez devN z własnym gid kontenera (PVE tworzy prywatny węzeł z tym właścicielem). Unikaj chmod 666 i hooków chown przed uruchomieniem.',
  'mount.cosmetic':
    'Końcowe `{tail}` pochodzi ze skopiowanego poradnika. glibc odczytuje to jako 0 0, więc jest nieszkodliwe.',
  'mount.dri_dir':
    'Widoczny jest cały /dev/dri hosta: każde GPU, węzły card KMS i by-path. Węzłów można używać tylko wtedy, gdy zezwala na nie cgroup urządzeń (cgroup.not_allowed); w nieuprzywilejowanych kontenerach są widoczne jako nobody:nogroup, chyba że ich właściciel jest zmapowany (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Przekaż przez devN tylko potrzebne węzły render',
  'nv.module':
    'Moduł jądra NVIDIA nie jest załadowany dla jądra {kernel}, więc /dev/nvidia* nie istnieje. Kontenery używające devN nie uruchomią się (`Device /dev/nvidia0 does not exist`); surowe montowania optional uruchamiają się bez GPU. Zwykle dzieje się tak po aktualizacji jądra, gdy DKMS nie zbudował modułu.',
  'nv.module.fix':
    'Zainstaluj nagłówki dla działającego jądra i przebuduj moduł, a następnie uruchom ponownie',
  'nv.uvm_lazy.missing_devn':
    '`{path}` teraz nie istnieje. Przy devN brakujący węzeł jest błędem krytycznym: `pct start` kończy się błędem `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` teraz nie istnieje. Przy surowym montowaniu optional kontener uruchamia się bez niego, a CUDA zawodzi w środku.',
  'nv.uvm_lazy.module_only_devn':
    'Nic na tym hoście nie tworzy `{path}` przy rozruchu (nvidia_uvm jest ładowany przez modules-load.d, ale węzeł pojawia się dopiero, gdy coś pierwszy raz użyje CUDA). Przy devN brakujący węzeł jest błędem krytycznym: `pct start` kończy się błędem `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Nic na tym hoście nie tworzy `{path}` przy rozruchu (nvidia_uvm jest ładowany przez modules-load.d, ale węzeł pojawia się dopiero, gdy coś pierwszy raz użyje CUDA). Przy surowym montowaniu optional kontener uruchamia się bez niego, a CUDA zawodzi w środku.',
  'nv.uvm_lazy.no_creator_devn':
    'Nic na tym hoście nie tworzy `{path}` przy rozruchu. Przy devN brakujący węzeł jest błędem krytycznym: `pct start` kończy się błędem `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Nic na tym hoście nie tworzy `{path}` przy rozruchu. Przy surowym montowaniu optional kontener uruchamia się bez niego, a CUDA zawodzi w środku.',
  'nv.uvm_lazy.fix':
    'Ładuj nvidia_uvm przy rozruchu i twórz jego węzły regułą udev (albo włącz nvidia-persistenced)',
  'nv.node_set.no_ctl': 'Kontener ma /dev/nvidia<N>, ale nie ma /dev/nvidiactl; sterownik potrzebuje obu.',
  'nv.node_set.no_gpu': 'Kontener ma /dev/nvidiactl, ale nie ma węzła GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Dodaj {path}',
  'nv.node_set.no_uvm':
    'Brak /dev/nvidia-uvm: NVENC/NVDEC działają, ale CUDA (ollama, immich-ml, TensorRT) go potrzebuje.',
  'nv.node_set.fix.uvm': 'Dodaj /dev/nvidia-uvm (i upewnij się, że istnieje przy rozruchu, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'W kontenerze nie znaleziono bibliotek przestrzeni użytkownika NVIDIA (libnvidia-ml, libcuda); zainstaluj wersję {version} bez modułu jądra.',
  'nv.version_mismatch.fix.install':
    'Zainstaluj pasujący sterownik przestrzeni użytkownika wewnątrz kontenera',
  'nv.version_mismatch':
    'Sterownik hosta {version}, biblioteki kontenera {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Pojawia się to po każdej aktualizacji sterownika hosta.',
  'nv.version_mismatch.fix':
    'Zainstaluj tę samą wersję wewnątrz kontenera bez części jądra; zablokuj wersję sterownika hosta, aby uniknąć rozjazdu',
  'nv.kernel_pkgs_in_ct':
    'Kontener ma pakiety modułów jądra NVIDIA ({packages}); kontener nie może ładować modułów, a budowanie DKMS zawodzi przy każdej aktualizacji.',
  'nv.kernel_pkgs_in_ct.fix': 'Usuń je; zachowaj tylko biblioteki przestrzeni użytkownika',
  'nv.ctk_cgroups':
    'Docker w tym nieuprzywilejowanym kontenerze nie może zarządzać cgroup urządzeń; starsze wersje toolkitu kończą się błędem `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Ustaw no-cgroups = true w [nvidia-container-cli] i jawnie przekaż węzły urządzeń do kontenera Docker',
  'sec.privileged_gpu':
    'Ten uprzywilejowany kontener działa jako root hosta i ma GPU. Od PVE 8.1 devN przekazuje GPU do kontenerów nieuprzywilejowanych; LXC uważa kontenery uprzywilejowane za niebezpieczne i nie traktuje ucieczek z nich jako problemów bezpieczeństwa.',
  'sec.privileged_gpu.fix':
    'Wykonaj kopię zapasową i przywróć kontener jako nieuprzywilejowany, a następnie przekaż GPU przez devN z gid kontenera',
  'sec.apparmor_unconfined':
    'Ograniczenia AppArmor są wyłączone. Przekazywanie GPU tego nie wymaga; zwykle jest to skopiowane z poradników Docker-in-LXC.',
  'sec.apparmor_unconfined.privileged':
    'Ograniczenia AppArmor są wyłączone w kontenerze uprzywilejowanym, którego root jest rootem hosta. Przekazywanie GPU tego nie wymaga; zwykle jest to skopiowane z poradników Docker-in-LXC.',
  'sec.apparmor_unconfined.fix': 'Usuń wiersz; dla Dockera użyj "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    'Filtr wywołań systemowych kontenera został zastąpiony. PVE pomija wtedy własne wygenerowane reguły (`explicitly configured lxc.seccomp.profile overrides the following settings`). Niepotrzebne do używania GPU.',
  'sec.seccomp_off.disabled':
    'Filtr wywołań systemowych kontenera został wyłączony. PVE pomija wtedy własne wygenerowane reguły (`explicitly configured lxc.seccomp.profile overrides the following settings`), a common.seccomp LXC (blokujący ładowanie modułów, kexec_load, open_by_handle_at) przestaje działać. Niepotrzebne do używania GPU.',
  'sec.cap_drop_empty':
    'Puste lxc.cap.drop niczego tu nie zmienia: dla kontenerów nieuprzywilejowanych userns.conf LXC już zaczyna od pełnego zestawu uprawnień wewnątrz przestrzeni nazw użytkowników.',
  'sec.cap_drop_empty.privileged':
    'Puste lxc.cap.drop zachowuje sys_module, sys_rawio, sys_time, mac_admin i mac_override, które common.conf LXC odbiera: root kontenera może ładować moduły jądra i uzyskiwać surowy dostęp I/O na hoście.',
  'sec.cap_keep':
    '`lxc.cap.keep` ogranicza tylko uprawnienia, które kontener zachowuje we własnej przestrzeni nazw użytkowników; nie może dodać CAP_PERFMON/CAP_SYS_ADMIN na hoście. Może zepsuć init kontenera, jeśli pominięto potrzebne uprawnienia.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` w kontenerze uprzywilejowanym zastępuje listę odbieranych uprawnień LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` w kontenerze uprzywilejowanym zachowuje uprawnienia na poziomie hosta, takie jak sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` udostępnia kontenerowi katalog systemowy hosta. pct.adoc: „Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.” W tym nieuprzywilejowanym kontenerze nie można modyfikować plików należących do roota hosta, ale pliki wykonywalne hosta i ich wersje są ujawnione.',
  'sec.system_dir_bind.privileged':
    '`{path}` udostępnia kontenerowi katalog systemowy hosta. pct.adoc: „Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk.” W tym uprzywilejowanym kontenerze może on podmieniać pliki hosta.',
  'sec.system_dir_bind.fix':
    'Zainstaluj potrzebne narzędzia wewnątrz kontenera; podpinaj tylko dedykowane katalogi danych (np. w /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys lub /sys są zapisywalne w kontenerze.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys lub /sys są zapisywalne w kontenerze; w kontenerze uprzywilejowanym zmienia to ustawienia jądra hosta.',
  'sec.proc_sys_rw.fix': 'Usuń wiersz; tam, gdzie naprawdę potrzeba, użyj flag "features" (force_rw_sys=1)',
  'sec.host_binary_bind':
    '`{path}` to plik wykonywalny/biblioteka hosta podpięty do kontenera; musi pasować do libc kontenera i po cichu przestaje działać po aktualizacjach hosta.',
  'sec.host_binary_bind.fix': 'Zainstaluj pasujące pakiety wewnątrz kontenera (nv.version_mismatch)',
  'intel.huc':
    'Firmware HuC nie jest załadowany na {pci}, więc kodowanie niskoenergetyczne (VDEnc) jest niedostępne; na GPU obsługujących tylko LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake i nowsze) oznacza to całkowity brak sprzętowego kodowania H.264/HEVC.',
  'intel.huc.forced':
    'Firmware HuC nie jest załadowany na {pci}, więc kodowanie niskoenergetyczne (VDEnc) jest niedostępne; na GPU obsługujących tylko LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake i nowsze) oznacza to całkowity brak sprzętowego kodowania H.264/HEVC. i915 ma wymuszone enable_guc={value}.',
  'intel.huc.fix':
    'Utrzymuj aktualny pve-firmware; ustawiaj enable_guc=2 tylko na starszych platformach, które tego wymagają (nigdy na tych, gdzie domyślne jest 3), a następnie zaktualizuj initramfs i uruchom ponownie',
  'intel.sriov_vf':
    '`{path}` należy do funkcji wirtualnej SR-IOV: PMU i915 nie jest dostępne na VF (`PMU not supported for this GPU`), więc obciążenie silników można odczytać tylko na funkcji fizycznej.',
  'intel.sriov_vf.fix': 'Monitoruj funkcję fizyczną na hoście',
  'amd.kfd': 'VA-API potrzebuje tylko węzła render, ale ROCm/HIP (ollama, PyTorch) potrzebuje też /dev/kfd.',
  'amd.kfd.compute':
    'VA-API potrzebuje tylko węzła render, ale ROCm/HIP (ollama, PyTorch) potrzebuje też /dev/kfd, a ten kontener wygląda na obciążenie obliczeniowe.',
  'amd.kfd.fix': 'Przekaż /dev/kfd z gid grupy render kontenera',
  'subid.not_allowed.uid':
    '`{file}` nie pozwala rootowi mapować uid hosta {ids} (potrzebne dla `lxc.idmap: {entry}`). Kontener się nie uruchomi: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` nie pozwala rootowi mapować gid hosta {ids} (potrzebne dla `lxc.idmap: {entry}`). Kontener się nie uruchomi: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` nie istnieje (potrzebny dla `lxc.idmap: {entry}`). Kontener się nie uruchomi: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` nie istnieje (potrzebny dla `lxc.idmap: {entry}`). Kontener się nie uruchomi: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Dopisz do {file} (bez ponownego uruchamiania hosta; uruchom ponownie kontener)',
  'subid.typo_file': 'Nic nie odczytuje `{file}`; newuidmap/newgidmap odczytują `{right}`.',
  'subid.typo_file.fix': 'Przenieś jego wiersze do {right}',
  'subid.nss':
    'Podrzędne identyfikatory pochodzą na tym hoście z modułu NSS; panel nie może ich zweryfikować na podstawie /etc/subuid i /etc/subgid.',
  'check.pass': 'Nic do zgłoszenia.',
  'check.could_not_run': 'Nie udało się wykonać tego testu: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` to klucz cgroup v1. Ten host używa cgroup v2, więc wiersz nie działa — a nieuprzywilejowany kontener i tak nie potrzebuje reguły zezwalającej: od PVE 7.0 jego cgroup urządzeń zezwala na każde urządzenie, a decydują właściciel i tryb węzła. PVE zapisuje w logu `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} jest zablokowany przez `{line}`: plik jest widoczny w kontenerze, ale każde open() zwraca `Operation not permitted`.} few {{nodes} są zablokowane przez `{line}`: pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.} many {{nodes} są zablokowane przez `{line}`: pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.} other {{nodes} są zablokowane przez `{line}`: pliki są widoczne w kontenerze, ale każde open() zwraca `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny': 'Usuń wiersz deny (albo zawęź go tak, aby nie pasował już do urządzenia)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` jest już domyślne dla kontenerów nieuprzywilejowanych od PVE 7.0 (userns.conf.d/01-pve.conf z pve-container): wiersz niczego nie zmienia. O tym, co kontener może otworzyć, decydują właściciel i tryb węzłów.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} jest zamontowany, ale cgroup urządzeń na niego nie zezwala: open() zwraca `Operation not permitted`. Kontener nie potrzebuje go do VA-API ani obliczeń.} few {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Kontener nie potrzebuje ich do VA-API ani obliczeń.} many {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Kontener nie potrzebuje ich do VA-API ani obliczeń.} other {{nodes} są zamontowane, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`. Kontener nie potrzebuje ich do VA-API ani obliczeń.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` nie pozwala rootowi mapować uid hosta {ids}, którego wymaga mapowanie identyfikatorów.} few {`{file}` nie pozwala rootowi mapować {count} zakresy uid hosta, których wymaga mapowanie identyfikatorów: {ids}.} many {`{file}` nie pozwala rootowi mapować {count} zakresów uid hosta, których wymaga mapowanie identyfikatorów: {ids}.} other {`{file}` nie pozwala rootowi mapować zakresów uid hosta (liczba: {count}), których wymaga mapowanie identyfikatorów: {ids}.}} Kontener się nie uruchomi: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` nie pozwala rootowi mapować gid hosta {ids}, którego wymaga mapowanie identyfikatorów.} few {`{file}` nie pozwala rootowi mapować {count} zakresy gid hosta, których wymaga mapowanie identyfikatorów: {ids}.} many {`{file}` nie pozwala rootowi mapować {count} zakresów gid hosta, których wymaga mapowanie identyfikatorów: {ids}.} other {`{file}` nie pozwala rootowi mapować zakresów gid hosta (liczba: {count}), których wymaga mapowanie identyfikatorów: {ids}.}} Kontener się nie uruchomi: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'W tym kontenerze działa Docker, a sam kontener nie ma sterownika VA-API. Aplikacje multimedialne w obrazach Docker (Jellyfin, Frigate, Plex) mają własny sterownik, którego ten panel nie widzi; jeśli aplikacja zgłasza brak sprzętowego dekodowania, sprawdź wewnątrz jej obrazu.',
  'ct.vaapi_driver.fix.docker': 'Uruchom vainfo wewnątrz kontenera Docker aplikacji',
  'ct.config_syntax.duplicate':
    '`{key}` jest ustawiony dwukrotnie (wiersze {first} i {line}); PVE zachowuje tylko ostatnią wartość.',
  'ct.config_syntax.inline_comment':
    'Wiersz {line}: wartość `{key}` zawiera komentarz `#` w tym samym wierszu. PVE i LXC go nie usuwają: staje się częścią wartości.',
  'idmap.mark.ct_group': '{name} (kontener)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'współdzielony → host {host}',
  'idmap.mark.passthrough_named': 'współdzielony → host {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Sterowniki akceleratorów są załadowane na hoście',
  'acc.usb_single_device.title':
    'Akceleratory USB są przekazywane przez magistralę, a nie przez jeden numer urządzenia',
  'acc.usb_access.title': 'Kontener może otworzyć Coral USB',
  'acc.driver.coral':
    'Brak na hoście: {paths}. Sterownik Coral PCIe (`apex`, który wymaga `gasket`) nie jest załadowany, choć karta jest obecna ({pci}). Pakiet `gasket-dkms` od Google nie kompiluje się na jądrach 6.5 i nowszych, więc moduł często znika po aktualizacji jądra.',
  'acc.driver.coral_no_card':
    'Brak na hoście: {paths}. Na magistrali PCI nie widać żadnej karty Coral PCIe, a jej sterownik (`apex`) nie jest załadowany.',
  'acc.driver.hailo':
    'Brak na hoście: {paths}. Sterownik Hailo PCIe (`hailo_pci`) nie jest załadowany, choć karta jest obecna ({pci}).',
  'acc.driver.hailo_no_card':
    'Brak na hoście: {paths}. Na magistrali PCI nie widać żadnej karty Hailo, a `hailo_pci` nie jest załadowany.',
  'acc.driver.npu_intel':
    'Brak na hoście: {paths}. Sterownik NPU Intela (`intel_vpu`, Linux 6.3 lub nowszy, z firmware NPU) nie jest załadowany, choć NPU jest obecne ({pci}).',
  'acc.driver.npu_amd':
    'Brak na hoście: {paths}. Sterownik NPU AMD (`amdxdna`, Linux 6.14 lub nowszy) nie jest załadowany, choć NPU jest obecne ({pci}).',
  'acc.driver.npu':
    'Brak na hoście: {paths}. Żaden sterownik NPU (`intel_vpu`, `amdxdna`) nie jest załadowany i na magistrali PCI nie widać żadnego NPU.',
  'acc.driver.kfd':
    'Brak na hoście: {paths}. `amdgpu`, który udostępnia `/dev/kfd` dla ROCm, nie jest załadowany.',
  'acc.driver.unbound':
    'Brak na hoście: {paths}. Karta pod {pci} ({id}) nie jest powiązana z `{module}` (powiązany sterownik: {driver}): trzyma ją sterownik innego modelu albo żaden.',
  'acc.driver.fix.coral':
    'Zbuduj sterownik Coral dla działającego jądra (`gasket-dkms`, który się na nim kompiluje, np. pakiety feranick/gasket-driver, oraz nagłówki jądra), a potem załaduj `apex`',
  'acc.driver.fix.hailo':
    'Zainstaluj `hailort-pcie-driver` w wersji HailoRT używanej przez kontener, a potem załaduj `{module}`',
  'acc.driver.fix.npu': 'Załaduj `{module}` (`dmesg` wskaże brakujące firmware NPU)',
  'acc.driver.fix.kfd': 'Załaduj `amdgpu`; `/dev/kfd` pojawi się razem z nim',
  'acc.usb_single_device':
    '{path} ({id}) jest przekazywany jako pojedynczy węzeł urządzenia USB: jego numer zmienia się przy każdym ponownym podłączeniu urządzenia lub restarcie hosta, a wpis wskazuje wtedy na nic albo na inne urządzenie.',
  'acc.usb_single_device.coral':
    '{path} to Coral USB ({id}) przekazany jako pojedynczy węzeł. Coral zgłasza się ponownie po załadowaniu firmware (1a6e:089a „Global Unichip” staje się 18d1:9302 „Google”) pod nowym numerem, więc węzeł w kontenerze staje się nieaktualny i Edge TPU nie zostaje znalezione.',
  'acc.usb_single_device.moved':
    '{path} już nie istnieje: Coral USB zgłosił się ponownie i jest teraz {now} ({id}). Wpis dla pojedynczego urządzenia nie może za nim podążyć: kontener nie startuje (devN) albo startuje bez TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} już nie istnieje: numery urządzeń USB zmieniają się przy każdym ponownym zgłoszeniu, podłączeniu i restarcie.',
  'acc.usb_single_device.fix':
    'Zamiast tego podłącz cały katalog magistrali USB, aby urządzenie było dostępne pod każdym numerem, jaki dostanie',
  'acc.usb_single_device.fix.coral':
    'Zamiast tego podłącz cały katalog magistrali USB i dodaj na hoście regułę udev, aby nieuprzywilejowany kontener mógł otworzyć oba identyfikatory Corala',
  'acc.usb_access':
    '{path} (Coral USB, {id}) ma na hoście {owner}; nieuprzywilejowany kontener widzi {ctOwner} i nie może go otworzyć do zapisu, więc libedgetpu nie znajduje Edge TPU. Węzeł po ponownym zgłoszeniu dostaje tego samego właściciela.',
  'acc.usb_access.fix':
    'Dodaj na hoście regułę udev nadającą obu identyfikatorom Coral USB (1a6e:089a i 18d1:9302) tryb 0666, a potem ponownie wyzwól udev',
  'acc.usb_access.minor':
    'Cgroup urządzeń przepuszcza {path} tylko jako {devt}, dzisiejszy numer Coral USB. Gdy zgłosi się ponownie (1a6e:089a staje się 18d1:9302), dostanie następny numer na magistrali, a open() w kontenerze zakończy się błędem EPERM.',
  'acc.usb_access.fix.minor': 'Zezwól na każdy numer urządzenia USB (major 189) zamiast jednego',
  'acc.driver.hailo_other':
    'Brak na hoście: {paths}. Załadowany jest `{other}`, ale on obsługuje Hailo-10H; ta karta ({pci}, Hailo-8/8L) wymaga `hailo_pci`, który nie jest załadowany.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'Co hooki i hookscripty robią z urządzeniami',
  'ct.hook_script.ops':
    '`{hook}` działa przed startem kontenera i robi z urządzeniami to: {ops}. Sprawdzenia oceniają węzły w stanie po jego wykonaniu.',
  'ct.hook_script.opaque':
    '`{hook}` robi z urządzeniami rzeczy, których ten panel nie potrafi prześledzić ({lines}). Werdykty dotyczące tych węzłów zależą od tego, co robi.',
  'ct.hook_script.unreadable':
    'Nie udało się odczytać w całości skryptu `{hook}` ({path}). Werdykty dotyczące węzłów urządzeń zależą od tego, co robi.',
  'ct.hook_script.missing':
    '`{hook}`: {path} nie istnieje lub nie jest zwykłym plikiem. PVE ani LXC nie mogą go uruchomić, więc kontener nie startuje.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} nie jest wykonywalny. PVE ani LXC nie mogą go uruchomić (`is not executable`), więc kontener nie startuje.',
  'ct.hook_script.fix.missing': 'Przywrócić skrypt i nadać mu prawo wykonywania albo usunąć hook',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` tworzy {nodes} przez mknod w kontenerze nieuprzywilejowanym. Jego przestrzeń nazw użytkowników nie może tworzyć węzłów urządzeń (`Operation not permitted`), więc węzła nie ma.} few {`{hook}` tworzy {nodes} przez mknod w kontenerze nieuprzywilejowanym. Jego przestrzeń nazw użytkowników nie może tworzyć węzłów urządzeń (`Operation not permitted`), więc tych węzłów nie ma.} many {`{hook}` tworzy {nodes} przez mknod w kontenerze nieuprzywilejowanym. Jego przestrzeń nazw użytkowników nie może tworzyć węzłów urządzeń (`Operation not permitted`), więc tych węzłów nie ma.} other {`{hook}` tworzy {nodes} przez mknod w kontenerze nieuprzywilejowanym. Jego przestrzeń nazw użytkowników nie może tworzyć węzłów urządzeń (`Operation not permitted`), więc tych węzłów nie ma.}}',
  'ct.hook_script.fix.devn': 'Zamiast tego przekazać węzły wpisami devN: PVE tworzy je w kontenerze',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Hook tworzy {nodes}, ale cgroup urządzeń na niego nie zezwala: open() zwraca `Operation not permitted`.} few {Hook tworzy {nodes}, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`.} many {Hook tworzy {nodes}, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`.} other {Hook tworzy {nodes}, ale cgroup urządzeń na nie nie zezwala: open() zwraca `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'Hook nvidia z LXC może działać',
  'nv.lxc_hook':
    'Hook nvidia z LXC przy każdym starcie montuje w kontenerze węzły urządzeń NVIDIA ({devices}) i biblioteki sterownika hosta (`nvidia-container-cli`), więc biblioteki sterownika w kontenerze zawsze pasują do modułu jądra hosta.',
  'nv.lxc_hook.missing':
    '{path} nie istnieje na tym hoście: hook montowania nie może działać, więc kontener nie startuje.',
  'nv.lxc_hook.not_mount':
    'Hook nvidia z LXC jest ustawiony jako `{key}`. Działa tylko jako `lxc.hook.mount`, a w innym razie kończy się błędem `This hook must be used as a "mount" hook`: kontener nie startuje.',
  'nv.lxc_hook.privileged':
    'Hook nvidia z LXC działa tylko w kontenerach nieuprzywilejowanych (`This hook currently only works in unprivileged mode`). W tym uprzywilejowanym kontenerze zawodzi, więc kontener nie startuje.',
  'nv.lxc_hook.no_cli':
    'Hook nvidia z LXC uruchamia `nvidia-container-cli`, którego na tym hoście nie ma (`Missing tool nvidia-container-cli`): kontener nie startuje.',
  'nv.lxc_hook.no_env':
    'Hook nvidia z LXC nic nie robi, dopóki `lxc.environment` nie ustawi `NVIDIA_VISIBLE_DEVICES` na wartość inną niż pusta lub `void`: żaden węzeł ani biblioteka NVIDIA nie trafia do kontenera.',
  'nv.lxc_hook.fix.cli': 'Zainstalować pakiet, który go dostarcza',
  'nv.lxc_hook.fix.mount': 'Użyć hooka jako hooka montowania',
  'nv.lxc_hook.fix.privileged':
    'Usunąć hook i przekazać węzły NVIDIA przez devN albo użyć kontenera nieuprzywilejowanego',
  'nv.lxc_hook.fix.env': 'Ustawić zmienne, które odczytuje hook',
  'ct.generated_config.title': 'Co LXC zastosował przy ostatnim starcie',
  'ct.generated_config.extra':
    '{count, plural, one {Przy ostatnim starcie LXC zastosował wiersz, którego nie ma w konfiguracji (zapisał go hook albo usunięto go później): {lines}.} few {Przy ostatnim starcie LXC zastosował {count} wiersze, których nie ma w konfiguracji (zapisał je hook albo usunięto je później): {lines}.} many {Przy ostatnim starcie LXC zastosował {count} wierszy, których nie ma w konfiguracji (zapisał je hook albo usunięto je później): {lines}.} other {Przy ostatnim starcie LXC zastosował {count} wiersza, których nie ma w konfiguracji (zapisał je hook albo usunięto je później): {lines}.}} Sprawdzenia tego działającego kontenera oceniają to, co zastosował LXC (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {Wiersz konfiguracji nie został zastosowany przy ostatnim starcie (dodano go później): {lines}. Zadziała po ponownym uruchomieniu kontenera; do tego czasu sprawdzenia oceniają kontener bez niego.} few {{count} wiersze konfiguracji nie zostały zastosowane przy ostatnim starcie (dodano je później): {lines}. Zadziałają po ponownym uruchomieniu kontenera; do tego czasu sprawdzenia oceniają kontener bez nich.} many {{count} wierszy konfiguracji nie zostało zastosowanych przy ostatnim starcie (dodano je później): {lines}. Zadziałają po ponownym uruchomieniu kontenera; do tego czasu sprawdzenia oceniają kontener bez nich.} other {{count} wiersza konfiguracji nie zostało zastosowanych przy ostatnim starcie (dodano je później): {lines}. Zadziałają po ponownym uruchomieniu kontenera; do tego czasu sprawdzenia oceniają kontener bez nich.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {Hookscript {script} przy każdym starcie dopisuje wiersz do wygenerowanej konfiguracji: {lines}. Sprawdzenia traktują go jako zastosowany.} few {Hookscript {script} przy każdym starcie dopisuje {count} wiersze do wygenerowanej konfiguracji: {lines}. Sprawdzenia traktują je jako zastosowane.} many {Hookscript {script} przy każdym starcie dopisuje {count} wierszy do wygenerowanej konfiguracji: {lines}. Sprawdzenia traktują je jako zastosowane.} other {Hookscript {script} przy każdym starcie dopisuje {count} wiersza do wygenerowanej konfiguracji: {lines}. Sprawdzenia traktują je jako zastosowane.}}',
  'ct.read_limits.title': 'Pliki w kontenerze zostały odczytane w całości',
  'ct.read_limits':
    '{count, plural, one {Nie udało się odczytać w całości pliku w kontenerze: {paths}.} few {Nie udało się odczytać w całości {count} plików w kontenerze: {paths}.} many {Nie udało się odczytać w całości {count} plików w kontenerze: {paths}.} other {Nie udało się odczytać w całości {count} pliku w kontenerze: {paths}.}} Werdykty {checks} opierają się na tym, co odczytano, i mogą być błędne.',
  'ct.config_syntax.lxc_unknown_key':
    'Wiersz {line}: `{key}` nie jest kluczem, który PVE przekazuje do LXC. PVE odrzuca wiersz (`unable to parse config`), więc nie ma on żadnego skutku.',
  'ct.config_syntax.lxc_removed_key':
    'Wiersz {line}: `{key}` usunięto w LXC 3.0 (teraz `{new}`). PVE go przekazuje, a LXC odmawia uruchomienia kontenera.',
  'ct.config_syntax.cgroup_key':
    'Wiersz {line}: `{key}` nie jest kluczem reguły urządzeń (`lxc.cgroup2.devices.allow` lub `lxc.cgroup2.devices.deny`). LXC nie może go zastosować, więc kontener nie startuje.',
  'ct.config_syntax.cgroup_rule':
    'Wiersz {line}: `{value}` nie jest regułą urządzeń, którą LXC potrafi odczytać (`a` albo `c` lub `b`, a po nich `major:minor` i `rwm`). Kontener nie startuje.',
  'ct.config_syntax.mount_fields':
    'Wiersz {line}: `{value}` ma mniej niż cztery pola wpisu montowania (źródło, cel, typ, opcje). Montowanie się nie udaje, więc kontener nie startuje.',
  'host.prestart_chown.fix.script':
    'Usunąć te polecenia z {script} i przekazać węzły przez devN: PVE daje kontenerowi własną kopię każdego węzła z żądanym właścicielem',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'Kontener może otworzyć instancję MIG',
  'nv.mig_caps.none':
    'MIG jest włączony dla {gpu} ({count, plural, one {jedna instancja GPU} few {{count} instancje GPU} many {{count} instancji GPU} other {{count} instancji GPU}}: {instances}), ale kontener nie ma żadnego z ich węzłów capability. Przez sam {gpu} CUDA nie znajduje urządzenia: instancję MIG otwiera się przez węzeł dostępu jej instancji GPU i węzeł jednej z jej instancji obliczeniowych, `/dev/nvidia-caps/nvidia-cap<minor>` (numery minor w `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'Kontener ma tylko część instancji GPU {gi} z {gpu}; brakuje: {nodes}. Instancja MIG potrzebuje węzła dostępu swojej instancji GPU i węzła jednej ze swoich instancji obliczeniowych.',
  'nv.mig_caps.blocked':
    '{count, plural, one {Węzeł capability MIG {nodes} jest podpięty, ale cgroup urządzeń go nie dopuszcza} few {Węzły capability MIG {nodes} są podpięte, ale cgroup urządzeń ich nie dopuszcza} many {Węzły capability MIG {nodes} są podpięte, ale cgroup urządzeń ich nie dopuszcza} other {Węzły capability MIG {nodes} są podpięte, ale cgroup urządzeń ich nie dopuszcza}}: CUDA nie może otworzyć żadnej instancji {gpu}.',
  'nv.mig_caps.fix.add': 'Przekaż węzły dostępu instancji GPU {gi} i jej instancji obliczeniowej {ci}',
  'nv.mig_caps.fix.allow': 'Dopuść węzły capability w cgroup urządzeń',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Brak jeszcze pomiaru dla tego GPU.',
  'collector.msg.stale': 'Od {seconds} s brak poprawnego pomiaru: te wartości pochodzą z tamtej chwili.',
  'collector.msg.stale_why':
    'Od {seconds} s brak poprawnego pomiaru ({why}): te wartości pochodzą z tamtej chwili.',
  'collector.msg.suspended': 'GPU jest w uśpieniu runtime (bezczynne); nie jest wybudzane do odczytu.',
  'collector.msg.legacy_amdgpu':
    'To jądro zapisuje format fdinfo amdgpu sprzed 5.19 (Linux 5.14–5.18, np. PVE 7.2–7.4): użycie na proces nie jest obsługiwane; zaktualizuj do jądra PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {Nie udało się odczytać {count} procesu (odmowa dostępu): uruchom usługę jako root.} few {Nie udało się odczytać {count} procesów (odmowa dostępu): uruchom usługę jako root.} many {Nie udało się odczytać {count} procesów (odmowa dostępu): uruchom usługę jako root.} other {Nie udało się odczytać {count} procesu (odmowa dostępu): uruchom usługę jako root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} proces trzyma pliki w systemie plików, który nie odpowiada (zawieszony montaż FUSE lub NFS); te pliki są pomijane.} few {{count} procesy trzymają pliki w systemie plików, który nie odpowiada (zawieszony montaż FUSE lub NFS); te pliki są pomijane.} many {{count} procesów trzyma pliki w systemie plików, który nie odpowiada (zawieszony montaż FUSE lub NFS); te pliki są pomijane.} other {{count} procesu trzyma pliki w systemie plików, który nie odpowiada (zawieszony montaż FUSE lub NFS); te pliki są pomijane.}}',
  'collector.msg.nvidia_starting': 'Uruchamianie nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    'Nie znaleziono {command}: na tym hoście brak narzędzi sterownika NVIDIA (pakiet Debiana `nvidia-smi`).',
  'collector.msg.nvidia_missing': 'Nie znaleziono {command}.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` zakończyło się błędem ({error}).',
  'collector.msg.nvidia_no_index_fields': 'nvidia-smi nie ma pól zapytania `index` i `pci.bus_id`.',
  'collector.msg.nvidia_exited':
    'nvidia-smi {name} zakończyło działanie ({why}); ponowne uruchomienie za {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} przestało odpowiadać; ponowne uruchomienie.',
  'collector.msg.nvidia_mismatch':
    'Wersje sterownika i bibliotek NVIDIA się nie zgadzają: załadowany moduł jądra różni się od zainstalowanych bibliotek — zwykle po aktualizacji sterownika bez ponownego uruchomienia. Uruchom host ponownie (albo przeładuj moduły nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'Wersje sterownika i bibliotek NVIDIA się nie zgadzają (NVML w przestrzeni użytkownika {nvml}, załadowany moduł jądra {module}): załadowany moduł jądra różni się od zainstalowanych bibliotek — zwykle po aktualizacji sterownika bez ponownego uruchomienia. Uruchom host ponownie (albo przeładuj moduły nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'Wersje sterownika i bibliotek NVIDIA się nie zgadzają (NVML w przestrzeni użytkownika {nvml}): załadowany moduł jądra różni się od zainstalowanych bibliotek — zwykle po aktualizacji sterownika bez ponownego uruchomienia. Uruchom host ponownie (albo przeładuj moduły nvidia).',
  'collector.msg.nvidia_no_devices': 'nvidia-smi nie znalazło na tym hoście żadnego GPU NVIDIA.',
  'collector.msg.nvidia_no_driver':
    'nvidia-smi nie może połączyć się ze sterownikiem NVIDIA: moduł jądra nie jest załadowany.',
  'collector.msg.nvidia_bad_field': 'nvidia-smi odrzuciło pole zapytania: {line}',
  'collector.msg.nvidia_failed': 'nvidia-smi zakończyło się błędem: {line}',
  'collector.msg.pmon_unsupported': 'nvidia-smi pmon nie jest obsługiwane na tym GPU.',
  'collector.msg.pmon_unsupported_memory':
    'nvidia-smi pmon odpowiada "Not supported on the device(s)" dla tych GPU (niektóre GeForce, vGPU i konfiguracje MIG): użycie na proces jest nieznane; pamięć na proces pochodzi z `--query-compute-apps`, a całe GPU jest mierzone jak zwykle.',
  'collector.msg.nvidia_not_listed': 'nvidia-smi nie wymienia tego GPU.',
  'collector.msg.nvidia_not_running': 'nvidia-smi nie działa dla tego GPU.',
  'collector.msg.nvidia_gpu_stale':
    'nvidia-smi nie zgłosiło tego GPU od {seconds} s: wartości pochodzą z tamtej chwili.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} nic nie wypisało przez {seconds} s; ponowne uruchomienie z dłuższym oczekiwaniem. Bez trybu persistence sterownik przygotowuje GPU dopiero dla pierwszego programu, który je otwiera, co może trwać dziesiątki sekund: uruchom `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'nie istnieje',
  'evidence.exists': 'istnieje',
  'evidence.pve_default_map': 'domyślne mapowanie PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'brak wpisu dla root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} wiersz uid} few {{count} wiersze uid} many {{count} wierszy uid} other {{count} wiersza uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} wiersz gid} few {{count} wiersze gid} many {{count} wierszy gid} other {{count} wiersza gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (ujednolicona hierarchia)',
  'evidence.cgroup.hybrid': 'cgroup v1 i v2 równolegle (tryb hybrydowy)',
  'evidence.cgroup.unknown': 'nierozpoznany układ cgroup',
  'evidence.apparmor.enabled': 'AppArmor jest włączony',
  'evidence.apparmor.disabled': 'AppArmor jest wyłączony',
  'evidence.no_driver': 'brak powiązanego sterownika',
  'evidence.pci_no_driver': '{id}: brak powiązanego sterownika',
  'evidence.node.char': 'urządzenie znakowe {devt}',
  'evidence.node.block': 'urządzenie blokowe {devt}',
  'evidence.node.file': 'zwykły plik, nie węzeł urządzenia',
  'evidence.node.dir': 'katalog, nie węzeł urządzenia',
  'evidence.no_group_gid': 'żadna grupa nie ma gid {gid}',
  'evidence.no_group_name': 'brak grupy {group}',
  'evidence.uvm_listed': '`nvidia_uvm` jest na liście',
  'evidence.uvm_not_listed': '`nvidia_uvm` nie ma na liście',
  'evidence.no_cgroups_unset': '`no-cgroups` nie jest ustawione',
  'evidence.docker_dir': 'katalog danych Dockera istnieje',
  'evidence.no_vaapi_driver': 'brak sterownika VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'odmowa dostępu',
  'evidence.read.not_regular': 'to nie jest zwykły plik',
  'evidence.read.not_directory': 'to nie jest katalog',
  'evidence.read.symlink': 'dowiązanie symboliczne, nieśledzone',
  'evidence.read.error': 'błąd odczytu',
  'evidence.read.timeout': 'brak odpowiedzi w limicie czasu',
  'evidence.read.truncated': 'większy niż limit rozmiaru, odczytany częściowo',
  'evidence.unreadable': 'nie udało się odczytać',
  'evidence.module_not_loaded': 'moduł niezaładowany',
  'evidence.privileged_config': 'ani `unprivileged: 1`, ani `lxc.idmap`',
  'evidence.hook.not_executable': 'brak prawa wykonywania',
  'evidence.hook.too_big': 'większy niż limit rozmiaru, nieodczytany',
  'evidence.hook.storage': 'jego magazyn nie jest typu katalog: nie można odnaleźć pliku',
  'evidence.unprivileged_ct': 'kontener nieuprzywilejowany',
  'evidence.privileged_ct': 'kontener uprzywilejowany',
  'evidence.nvidia_nodes_passed': 'przekazywane są węzły urządzeń NVIDIA',
  'evidence.no_caps_major': 'brak wiersza `nvidia-caps`',
} satisfies Record<string, string>;
