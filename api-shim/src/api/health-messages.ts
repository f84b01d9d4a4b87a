// SPDX-License-Identifier: AGPL-3.0-or-later
// English templates of every health message: check titles (`<id>.title`), explanations and fix
// summaries. Ids are stable: the plugin's catalogues (plugin/src/i18n/) translate them, the server
// renders these for the CLI and as the English fallback. Template grammar: api/message-format.ts.
// Params are plain values (paths, numbers, config lines); a sentence that varies has its own id.

export const HEALTH_MESSAGES: Record<string, string> = {
  'cgroup.v1_key.title': 'No cgroup v1 keys',
  'cgroup.not_allowed.title': 'The device cgroup allows every bound node',
  'cgroup.stale_major.title': 'Allowed majors match the current devices',
  'cgroup.allow_all.title': 'No allow-all device rule',
  'cgroup.redundant.title': 'No allow rules for nodes that are not bound',
  'ct.config_syntax.title': 'Every config line parses',
  'ct.pending.title': 'Pending changes',
  'ct.node_check.title': 'Nodes inside the container are the host devices',
  'ct.service_user_groups.title': 'Service users can open the GPU',
  'ct.group_collision.title': 'One render and one video group',
  'ct.vaapi_driver.title': 'A VA-API driver for the GPU is installed',
  'dev.path_missing.title': 'Passed-through device paths exist on the host',
  'dev.not_device.title': 'Passed-through paths are device nodes',
  'dev.node_renamed.title': 'Stable GPU node names',
  'dev.bypath.title': 'by-path nodes appear under their by-path name',
  'dev.gid_default.title': 'GPU devN entries set a group',
  'dev.gid_wrong_group.title': "devN group is the container's render/video group",
  'dev.id_unmapped.title': 'devN uid/gid are mapped',
  'dev.nvidia_mode.title': "NVIDIA nodes are usable by the container's services",
  'dev.kfd_gid.title': '/dev/kfd belongs to the render group',
  'dev.conflict.title': 'No node is passed twice',
  'dev.render_numbering.title': 'renderD128 is present for default probing',
  'dev.vendor.title': 'Which GPU each passed node belongs to',
  'host.gpu_inventory.title': 'Host GPUs and their nodes',
  'host.no_drm_node.title': 'Every host GPU has a driver and nodes',
  'host.world_rw_nodes.title': 'GPU nodes are not world-writable on the host',
  'host.prestart_chown.title': 'Hooks do not re-own host device nodes',
  'idmap.syntax.title': 'lxc.idmap lines are valid',
  'idmap.deprecated_key.title': 'lxc.idmap key name',
  'idmap.type_missing.title': 'Custom map has both uid and gid lines',
  'idmap.root_unmapped.title': 'Container root is mapped',
  'idmap.overlap.title': 'No id is mapped twice',
  'idmap.gap.title': 'Every container id 0–65535 is mapped',
  'idmap.host_root.title': "The host's root is not mapped into the container",
  'idmap.passthrough_ids.title': 'Host ids shared with the container',
  'idmap.too_many_ranges.title': 'At most 340 ranges per id type',
  'mon.pmu_in_ct.title': 'Why GPU monitors (intel_gpu_top) fail in this container',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid is not lowered',
  'mon.nvml_pids.title': 'nvidia-smi shows no processes inside the container',
  'mon.ineffective_workarounds.title': 'Settings that do not help PMU access',
  'mount.optional_missing.title': 'Optional bind sources exist',
  'mount.no_create.title': 'Binds into /dev create their target',
  'mount.create_kind.title': 'create= matches the source',
  'mount.bad_path.title': 'Bind sources and targets are well-formed',
  'mount.duplicate.title': 'No two binds share a target',
  'mount.unmapped_owner.title': 'Bound nodes are usable inside the container',
  'mount.cosmetic.title': 'Bind lines end cleanly',
  'mount.dri_dir.title': 'Only the needed DRM nodes are bound',
  'nv.module.title': 'NVIDIA kernel module is loaded',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm exists at every boot',
  'nv.node_set.title': 'The NVIDIA node set is complete',
  'nv.version_mismatch.title': 'Container NVIDIA libraries match the host driver',
  'nv.kernel_pkgs_in_ct.title': 'No NVIDIA kernel packages in the container',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit works in an unprivileged CT',
  'sec.privileged_gpu.title': 'GPU containers are unprivileged',
  'sec.apparmor_unconfined.title': 'AppArmor confinement is on',
  'sec.seccomp_off.title': 'The syscall filter is intact',
  'sec.cap_drop_empty.title': "LXC's capability drops are kept",
  'sec.cap_keep.title': 'No lxc.cap.keep',
  'sec.system_dir_bind.title': 'No host system directories in the container',
  'sec.proc_sys_rw.title': '/proc and /sys are not writable',
  'sec.host_binary_bind.title': 'No host binaries or libraries bound in',
  'subid.not_allowed.title': '/etc/subuid and /etc/subgid allow the map',
  'subid.typo_file.title': 'No misspelt subordinate-id files',
  'subid.nss.title': 'Subordinate ids come from the files',
  'intel.huc.title': 'HuC firmware is loaded (low-power encoding)',
  'intel.sriov_vf.title': 'SR-IOV virtual functions',
  'amd.kfd.title': 'ROCm has /dev/kfd',
  'fix.remove_line': 'Remove the line',
  'fix.optional_cleanup': 'Optional cleanup',
  'fix.restart': 'Restart the container to apply the config',
  'cgroup.v1_key.no_effect':
    '`{line}` is a cgroup v1 key. This host uses cgroup v2 (PVE 7 and newer; PVE 9 has no v1 at all), so the line has no effect. PVE logs `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` is a cgroup v1 key. This host uses cgroup v2 (PVE 7 and newer; PVE 9 has no v1 at all), so the line has no effect and these devices stay blocked (`Operation not permitted`). PVE logs `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` is a cgroup v1 key. This host uses cgroup v2 (PVE 7 and newer; PVE 9 has no v1 at all), so the line has no effect. PVE logs `{key} is deprecated, this will be a hard error in the future!`. Rewritten as lxc.cgroup2.devices.allow it would allow every device (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename': 'Rename it to the cgroup2 key, or better replace the raw entries with devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} is mounted but the device cgroup does not allow it. The file is visible in the container, but every open() returns `Operation not permitted`.} other {{nodes} are mounted but the device cgroup does not allow them. The files are visible in the container, but every open() returns `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} is visible through a directory bind but the device cgroup does not allow it: open() returns `Operation not permitted`. Not needed for VA-API or compute.} other {{nodes} are visible through a directory bind but the device cgroup does not allow them: open() returns `Operation not permitted`. Not needed for VA-API or compute.}}',
  'cgroup.not_allowed.fix': 'Allow the nodes, or use devN which generates the rules at every start',
  'cgroup.stale_major.since_start':
    '`{path}` is {devt} now, but the container was started with device rules for {started} (/var/lib/lxc/{vmid}/config). The driver was reloaded or renumbered since the start: the node is blocked inside the running container.',
  'cgroup.stale_major.fix.restart': 'Restart the container: PVE regenerates the rules from the current nodes',
  'cgroup.stale_major':
    'The config allows major {major}, which no current device uses, while `{path}` is now {devt}. Dynamic majors (nvidia-uvm, nvidia-caps, kfd) change after driver updates.',
  'cgroup.stale_major.named':
    'The config allows major {major}, which no current device uses, while `{path}` is now {devt} ({driver} in /proc/devices). Dynamic majors (nvidia-uvm, nvidia-caps, kfd) change after driver updates.',
  'cgroup.stale_major.fix':
    'Update the number, or switch to devN (rules are regenerated from stat() at every start)',
  'cgroup.allow_all':
    'The container may read and write every device node it can create or reach, including block devices.',
  'cgroup.allow_all.privileged':
    'The container may read and write every device node it can create or reach, including block devices. In a privileged container this is host-disk access.',
  'cgroup.allow_all.fix': 'Remove it; allow the specific GPU nodes (or use devN)',
  'cgroup.redundant.by_devn': '`c {devt}` is already allowed by PVE for `{key}`.',
  'cgroup.redundant': '`c {devt}` is allowed but no bound node has that number.',
  'ct.config_syntax.fix': 'Fix or remove the line',
  'ct.config_syntax.fix.dev':
    'Write it as dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE supports dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Renumber the entries',
  'ct.pending.idmap':
    'The container runs with the id map it got at its last start ({started}); the config now says {now}. The new map applies after a restart.',
  'ct.pending.idmap_removed':
    'The container runs with the id map it got at its last start ({started}); the config now has no map. The new map applies after a restart.',
  'ct.pending':
    'These changes are pending and apply at the next container start; the checks above describe the live configuration: {changes}.',
  'ct.config_syntax.delete': 'Line {line}: `delete` is only allowed in [pve:pending]; PVE ignores it here.',
  'ct.config_syntax.empty_option':
    'Line {line}: option `{key}` has no value; PVE logs `unable to parse config` and ignores the line.',
  'ct.config_syntax.unparsable':
    'Line {line}: PVE cannot parse this line (`unable to parse config`) and ignores it.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` is not a number. PVE refuses the entry.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` is not an octal mode like 0660. PVE refuses the entry.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: unknown option `{option}`. PVE refuses the entry.',
  'ct.config_syntax.dev.no_path': '`{key}` names no device path. PVE refuses the entry.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` is not under /dev/. PVE refuses the entry.',
  'ct.config_syntax.dev.dot_path': '`{key}`: `{path}` contains /. or /.. components. PVE refuses the entry.',
  'ct.node_check.missing': '`{path}` does not exist in the container (see {see}).',
  'ct.node_check.placeholder':
    '`{path}` in the container is a regular (placeholder) file — the bind mount did not happen (see {see}).',
  'ct.node_check.not_device':
    '`{path}` in the container is not a device node — the bind mount did not happen (see {see}).',
  'ct.node_check.stale':
    '`{path}` in the container is {devt}, the host node is {hostDevt} — a stale node from before a driver reload (see {see}). Restart the container.',
  'ct.node_check.fix': 'Restart the container after fixing the referenced check',
  'ct.service_user_groups':
    'User `{user}` cannot open `{path}`: it is owned by gid {gid}, mode {mode}, and {user} is in {groups}.',
  'ct.service_user_groups.no_groups':
    'User `{user}` cannot open `{path}`: it is owned by gid {gid}, mode {mode}, and {user} is in no extra groups.',
  'ct.service_user_groups.fix.add_user': 'Add {user} to {group} inside the container and restart the service',
  'ct.service_user_groups.fix.devn_gid':
    "Give the node the container's render group ({see}), then restart the container",
  'ct.service_user_groups.fix.node_group':
    "Give the node the container's render group (see dev.gid_wrong_group / mount.unmapped_owner)",
  'ct.group_collision':
    'The container has {count} `{group}` groups ({gids}); tools resolve the name to one of them.',
  'ct.group_collision.fix': 'Remove the duplicate; keep the gid the node is owned by',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 forces the legacy driver; it only supports pre-Broadwell GPUs.',
  'ct.vaapi_driver.fix.i965_forced': 'Remove LIBVA_DRIVER_NAME or set it to iHD',
  'ct.vaapi_driver.only_i965':
    'The container has only the legacy i965 VA-API driver. For Gen9 and newer Intel GPUs install intel-media-va-driver-non-free (Debian: enable non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'The container has only the legacy i965 VA-API driver. For Gen9 and newer Intel GPUs install intel-media-va-driver-non-free (Debian: enable non-free). The container cannot open the render node yet (see above); fix access first, then re-check the driver (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'No Intel VA-API driver (iHD_drv_video.so) was found in the container. For Gen9 and newer Intel GPUs install intel-media-va-driver-non-free (Debian: enable non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'No Intel VA-API driver (iHD_drv_video.so) was found in the container. For Gen9 and newer Intel GPUs install intel-media-va-driver-non-free (Debian: enable non-free). The container cannot open the render node yet (see above); fix access first, then re-check the driver (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Install the media driver inside the container',
  'ct.vaapi_driver.no_radeonsi': 'No radeonsi_drv_video.so (mesa-va-drivers) was found in the container.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'No radeonsi_drv_video.so (mesa-va-drivers) was found in the container. The container cannot open the render node yet (see above); fix access first, then re-check the driver (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Install mesa-va-drivers inside the container',
  'dev.path_missing':
    '`{entry}` does not exist on the host; `pct start` aborts with `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` does not exist on the host; `pct start` aborts with `Device {path} does not exist`. The host has {others} instead: DRM numbering can change between boots and kernels (see dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` does not exist on the host; `pct start` aborts with `Device {path} does not exist`. /dev/nvidia-uvm only exists once the nvidia_uvm module is loaded and its node created (see nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` does not exist on the host; `pct start` aborts with `Device {path} does not exist`. The NVIDIA kernel module is probably not loaded (see nv.module).',
  'dev.path_missing.fix.repoint':
    'Point the entry at the existing node, preferably by its stable by-path name',
  'dev.path_missing.fix.create':
    'Make the device exist on the host before the container starts, or remove the entry',
  'dev.not_device.file':
    '`{path}` on the host is a regular file, not a device (PVE: `{path} is not a device`).',
  'dev.not_device.dir': '`{path}` on the host is a directory, not a device (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Remove the file and let udev recreate the node; then check dev.conflict for how it got there',
  'dev.node_renamed.gone':
    '`{path}` is gone and the host now has {others}: the GPU was probably renumbered. Since kernel 5.14 the simpledrm boot framebuffer often takes card0 first, and numbers can change between boots and kernel upgrades.',
  'dev.node_renamed':
    'The config names `{path}` by number. It matches the host today, but DRM numbering can change (simpledrm taking card0, kernel upgrades, a second GPU). VA-API, QSV and NVENC only need the render node.',
  'dev.node_renamed.fix.bypath': 'Use the stable by-path name (or drop the card node entirely)',
  'dev.node_renamed.fix.drop':
    'Drop the card node (the render node is enough), or use /dev/dri/by-path names',
  'dev.bypath':
    'PVE creates the node inside the container at the configured path `{path}`, not at `{node}` (the autodev hook mounts onto /dev/<configured path>). Applications that probe /dev/dri/renderD128 will not find it.',
  'dev.bypath.fix':
    'Point the application at the by-path node (Jellyfin "VA-API Device", ffmpeg -vaapi_device, LIBVA_DRM_DEVICE where supported), or add a symlink inside the container at boot',
  'dev.gid_default':
    '`{path}` will be `root:root 0660` in the container: only container root can use it; services running as their own user (jellyfin, plex, immich, frigate, ollama) get `Permission denied`.',
  'dev.gid_default.fix':
    "Give the node the container's {group} group (value read from the container's /etc/group when it runs)",
  'dev.gid_wrong_group.host_gid':
    "`{key}` uses gid {gid}, the HOST's render gid. The gid in devN is a container gid: it must be the render group inside the container, which often differs (Debian 12: 105, Ubuntu 24.04: 993). Start the container to let this check read its /etc/group.",
  'dev.gid_wrong_group.fix.lookup': 'Look the gid up inside the container and use that',
  'dev.gid_wrong_group.render':
    "`{key}` sets gid {gid}, which is `{group}` inside this container ({os}); its `render` group is {want}. The render node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.render_no_group':
    "`{key}` sets gid {gid}, which is no group inside this container ({os}); its `render` group is {want}. The render node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.render_missing':
    "`{key}` sets gid {gid}, which is `{group}` inside this container ({os}); it has no `render` group. The render node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.render_no_group_missing':
    "`{key}` sets gid {gid}, which is no group inside this container ({os}); it has no `render` group. The render node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.card':
    "`{key}` sets gid {gid}, which is `{group}` inside this container ({os}); its `video` group is {want}. The card node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.card_no_group':
    "`{key}` sets gid {gid}, which is no group inside this container ({os}); its `video` group is {want}. The card node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.card_missing':
    "`{key}` sets gid {gid}, which is `{group}` inside this container ({os}); it has neither a `video` nor a `render` group. The card node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.card_no_group_missing':
    "`{key}` sets gid {gid}, which is no group inside this container ({os}); it has neither a `video` nor a `render` group. The card node therefore belongs to the wrong group. (The gid in devN is a container gid; the host's render gid does not matter here.)",
  'dev.gid_wrong_group.fix.create_group':
    'Create the {group} group inside the container first (e.g. install the GPU user-space packages), then set its gid here',
  'dev.gid_wrong_group.fix': "Set {key} to the container's {group} gid and restart the container",
  'dev.id_unmapped.gid':
    "`gid={id}` is not mapped by this container's lxc.idmap, so PVE chowns the node to host gid {id} and the container sees `nogroup`.",
  'dev.id_unmapped.uid':
    "`uid={id}` is not mapped by this container's lxc.idmap, so PVE chowns the node to host uid {id} and the container sees `nobody`.",
  'dev.id_unmapped.fix.gid': "Use a mapped gid (the container's render group) or fix the map (idmap.gap)",
  'dev.id_unmapped.fix.uid': 'Use a mapped uid or fix the map (idmap.gap)',
  'dev.nvidia_mode':
    'On the host the NVIDIA nodes are 0666; through devN they become `0660 root:{group}` in the container, so services that are not in that group (ollama, jellyfin, immich …) cannot open them.',
  'dev.nvidia_mode.users':
    'On the host the NVIDIA nodes are 0666; through devN they become `0660 root:{group}` in the container, so services that are not in that group ({users}) cannot open them.',
  'dev.nvidia_mode.fix':
    'Add mode=0666 to the NVIDIA devN entries (the same exposure as on the host; the driver enforces its own checks), or add the service users to the group',
  'dev.kfd_gid':
    'ROCm expects /dev/kfd to be accessible through the render group; here it is group {gid}. rocminfo/ollama report `Unable to open /dev/kfd read-write: Permission denied` for users only in render.',
  'dev.kfd_gid.fix': "Give /dev/kfd the container's render gid",
  'dev.conflict.twice':
    "`{first}` and `{second}` both pass `{path}`; the autodev hook's second mknod hits an existing file and the start fails (`Failed to run autodev hooks`).",
  'dev.conflict.fix.keep_one': 'Keep one entry',
  'dev.conflict.mount':
    '`{entry}` and an `lxc.mount.entry` onto `{target}`: LXC runs mount entries before the autodev hook, whose mknod then hits an existing file (`Could not mknod …: File exists`) and the start fails with `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    "`{entry}` and an `lxc.mount.entry` onto `{target}`: LXC runs mount entries before the autodev hook, whose mknod then hits an existing file (`Could not mknod …: File exists`) and the start fails with `Script exited with status 17`. With a whole-directory bind the hook even writes into the host's real directory.",
  'dev.conflict.fix.remove_bind':
    'Use either devN or raw entries for a node, never both; remove the raw bind',
  'dev.render_numbering':
    "{count, plural, one {Only {nodes} is present in the container. libva's default probing starts at renderD128 (intel/libva#540), so vainfo/ffmpeg without an explicit device may fail.} other {Only {nodes} are present in the container. libva's default probing starts at renderD128 (intel/libva#540), so vainfo/ffmpeg without an explicit device may fail.}}",
  'dev.render_numbering.fix':
    'Configure the device path in the application (e.g. ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'The container passes /dev/kfd (AMD ROCm) but a render node of another vendor. {nodes}.',
  'dev.vendor.fix': 'Pass the render node of the intended GPU by its by-path name',
  'host.gpu_inventory':
    "{gpus}. Host groups: render {render}, video {video} (the host's render gid differs between PVE releases — 104 on PVE 7/8, 993 reported on PVE 9 — which is why guides disagree; for devN only the container's gid matters).",
  'host.gpu_inventory.used':
    "{gpus}. Host groups: render {render}, video {video} (the host's render gid differs between PVE releases — 104 on PVE 7/8, 993 reported on PVE 9 — which is why guides disagree; for devN only the container's gid matters). This container uses {used}.",
  'host.gpu_inventory.no_drm':
    "No DRM devices found. Host groups: render {render}, video {video} (the host's render gid differs between PVE releases — 104 on PVE 7/8, 993 reported on PVE 9 — which is why guides disagree; for devN only the container's gid matters).",
  'host.gpu_inventory.no_drm.used':
    "No DRM devices found. Host groups: render {render}, video {video} (the host's render gid differs between PVE releases — 104 on PVE 7/8, 993 reported on PVE 9 — which is why guides disagree; for devN only the container's gid matters). This container uses {used}.",
  'host.no_drm_node.vfio':
    'The GPU {pci} ({vendor}) is bound to vfio-pci (VM passthrough), so the host has no /dev/dri node to share with containers. A GPU can be given to VMs or to containers, not both.',
  'host.no_drm_node':
    'The GPU {pci} ({vendor}) has no working driver on the host, so there is no device node to pass.',
  'host.no_drm_node.fix.vfio':
    'Remove the vfio-pci ids= binding / hostpciN use, rebuild the initramfs and reboot',
  'host.no_drm_node.fix': 'Install and load the host driver for this GPU',
  'host.world_rw_nodes':
    '`{path}` is {mode} on the host. Every host user and every container that can see the node can use the GPU.',
  'host.world_rw_nodes.card':
    '`{path}` is {mode} on the host. Every host user and every container that can see the node can use the GPU; a world-writable card node also allows display/KMS control.',
  'host.world_rw_nodes.fix':
    'Drop the rule that widens the mode and give containers the node via devN with their own gid',
  'host.world_rw_nodes.rule': 'A udev rule makes GPU nodes world-writable on the host.',
  'host.world_rw_nodes.fix.rule': "Remove the rule; pass nodes with devN and the container's gid instead",
  'host.prestart_chown':
    "This hook changes the owner or mode of the HOST's device nodes at every container start (`{hook}`). Host members of render/video and every other container lose access until udev resets it.",
  'host.prestart_chown.fix':
    'Delete the hooks and use devN: PVE makes a private copy of the node with the requested owner instead of changing the host node',
  'idmap.syntax':
    '`{line}` is not valid. LXC only understands `u` (users) and `g` (groups) followed by three numbers and a count above 0; PVE logs `failed to parse idmap` and the container will not start.',
  'idmap.syntax.fix': 'Write one u line and one g line per range (here: the default ranges)',
  'idmap.deprecated_key':
    '`lxc.id_map` is the pre-LXC-3.0 name; PVE renames it with a warning on every start.',
  'idmap.deprecated_key.fix': 'Rename the key to lxc.idmap',
  'idmap.type_missing.uid':
    'This container has custom gid mappings but no uid mappings. Once any `lxc.idmap` line exists, PVE stops adding its defaults for both types, so uids have no map at all.',
  'idmap.type_missing.gid':
    'This container has custom uid mappings but no gid mappings. Once any `lxc.idmap` line exists, PVE stops adding its defaults for both types, so gids have no map at all.',
  'idmap.type_missing.fix.uid': 'Add the full default for uids',
  'idmap.type_missing.fix.gid': 'Add the full default for gids',
  'idmap.root_unmapped.uid':
    'Container root (uid 0) is not mapped; LXC cannot set up the container (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'Container root (gid 0) is not mapped; LXC cannot set up the container (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Start the uid map at 0',
  'idmap.root_unmapped.fix.gid': 'Start the gid map at 0',
  'idmap.overlap.ct_uid':
    "Two lxc.idmap lines map the same container uid {range} (`{first}` and `{second}`). PVE warns `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; the kernel rejects overlapping maps (`newuidmap: write to uid_map failed: Invalid argument`) and the container does not start.",
  'idmap.overlap.ct_gid':
    "Two lxc.idmap lines map the same container gid {range} (`{first}` and `{second}`). PVE warns `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; the kernel rejects overlapping maps (`newgidmap: write to gid_map failed: Invalid argument`) and the container does not start.",
  'idmap.overlap.host_uid':
    "Two lxc.idmap lines map the same host uid {range} (`{first}` and `{second}`). PVE warns `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; the kernel rejects overlapping maps (`newuidmap: write to uid_map failed: Invalid argument`) and the container does not start.",
  'idmap.overlap.host_gid':
    "Two lxc.idmap lines map the same host gid {range} (`{first}` and `{second}`). PVE warns `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; the kernel rejects overlapping maps (`newgidmap: write to gid_map failed: Invalid argument`) and the container does not start.",
  'idmap.overlap.fix.uid': 'Split the big range around the exception; the whole uid block, ready to paste',
  'idmap.overlap.fix.gid': 'Split the big range around the exception; the whole gid block, ready to paste',
  'idmap.gap.uid':
    '{count, plural, one {Container uid {ids} is not mapped.} other {Container uids {ids} are not mapped.}} Files with those ids show as `nobody`, and `chown` to them fails with `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {Container gid {ids} is not mapped.} other {Container gids {ids} are not mapped.}} Files with those ids show as `nogroup`, and `chgrp` to them fails with `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {Container uid {ids} is not mapped.} other {Container uids {ids} are not mapped.}} Files with those ids show as `nobody`, and `chown` to them fails with `Invalid argument`. Probably an off-by-one where one line ends and the next starts: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {Container gid {ids} is not mapped.} other {Container gids {ids} are not mapped.}} Files with those ids show as `nogroup`, and `chgrp` to them fails with `Invalid argument`. Probably an off-by-one where one line ends and the next starts: {hints}.',
  'idmap.gap.fix.uid': 'Extend the neighbouring ranges; the whole uid block without gaps, ready to paste',
  'idmap.gap.fix.gid': 'Extend the neighbouring ranges; the whole gid block without gaps, ready to paste',
  'idmap.host_root.uid':
    "`{line}` gives the container the host's root user. Anything running as that id in the container is host root; LXC even skips the /etc/subuid check for such maps.",
  'idmap.host_root.gid':
    "`{line}` gives the container the host's root group. Anything running as that id in the container is host root; LXC even skips the /etc/subgid check for such maps.",
  'idmap.host_root.fix': 'Never map host id 0; pass devices with devN instead',
  'idmap.passthrough_ids':
    'Host ids passed into the container: {ids}. The container can open every host object owned by these ids, and files it creates with them belong to those host ids.',
  'idmap.passthrough_ids.sensitive':
    'Host ids passed into the container: {ids}. The container can open every host object owned by these ids, and files it creates with them belong to those host ids. At least one of them is a privileged host group.',
  'idmap.passthrough_ids.fix':
    "For GPU access prefer devN with the container's own gid: no host id needs to be shared (keep 1:1 maps only for bind-mounted data)",
  'idmap.too_many_ranges.uid': '{count} uid ranges: the kernel accepts at most 340 ranges per map.',
  'idmap.too_many_ranges.gid': '{count} gid ranges: the kernel accepts at most 340 ranges per map.',
  'idmap.too_many_ranges.fix': 'Merge adjacent ranges',
  // labels of the ids marked on the idmap diagram
  'idmap.mark.ct_group': '{name} (container)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'passthrough → host {host}',
  'idmap.mark.passthrough_named': 'passthrough → host {host} ({name})',
  'mon.pmu_in_ct.title.nvidia': 'GPU monitoring inside this container',
  'mon.pmu_in_ct.nvidia':
    "NVIDIA tools (nvidia-smi, nvtop) use NVML, not the perf PMU, and work inside the container once the library version matches — but they list no processes there (mon.nvml_pids). Nothing needs lowering kernel.perf_event_paranoid or a privileged container, which would weaken the whole host. This GPU tab shows the container's usage per process, read on the host and attributed by cgroup.",
  'mon.pmu_in_ct.privileged':
    "This container is privileged, so {tool} works inside it — because its root is the host's root. {tool} reads the GPU's PMU through perf_event_open() as a CPU-wide event. The kernel allows that only to holders of CAP_PERFMON (or CAP_SYS_ADMIN) in the host's initial user namespace while kernel.perf_event_paranoid is above 0 (here {paranoid}). Root in an unprivileged container has its capabilities only inside its own user namespace, so the call fails with `Failed to initialize PMU! (Permission denied)` — and no setcap, lxc.cap.keep, AppArmor or seccomp change can alter that. The two \"fixes\" found online weaken the whole host: lowering kernel.perf_event_paranoid opens system-wide performance counters to every process on the host and in every container, and making the container privileged makes its root the host's root. This GPU tab shows the same per-engine numbers for this container without either: it reads them on the host from /proc/<pid>/fdinfo and sysfs and attributes them by cgroup. Inside the container, fdinfo-based tools (nvtop, amdgpu_top) also work for its own processes.",
  'mon.pmu_in_ct.lowered':
    "{tool} may work inside this container only because kernel.perf_event_paranoid is {paranoid} on the host (mon.paranoid_lowered). {tool} reads the GPU's PMU through perf_event_open() as a CPU-wide event. The kernel allows that only to holders of CAP_PERFMON (or CAP_SYS_ADMIN) in the host's initial user namespace while kernel.perf_event_paranoid is above 0 (here {paranoid}). Root in an unprivileged container has its capabilities only inside its own user namespace, so the call fails with `Failed to initialize PMU! (Permission denied)` — and no setcap, lxc.cap.keep, AppArmor or seccomp change can alter that. The two \"fixes\" found online weaken the whole host: lowering kernel.perf_event_paranoid opens system-wide performance counters to every process on the host and in every container, and making the container privileged makes its root the host's root. This GPU tab shows the same per-engine numbers for this container without either: it reads them on the host from /proc/<pid>/fdinfo and sysfs and attributes them by cgroup. Inside the container, fdinfo-based tools (nvtop, amdgpu_top) also work for its own processes.",
  'mon.pmu_in_ct.unprivileged':
    "{tool} cannot work inside this unprivileged container. {tool} reads the GPU's PMU through perf_event_open() as a CPU-wide event. The kernel allows that only to holders of CAP_PERFMON (or CAP_SYS_ADMIN) in the host's initial user namespace while kernel.perf_event_paranoid is above 0 (here {paranoid}). Root in an unprivileged container has its capabilities only inside its own user namespace, so the call fails with `Failed to initialize PMU! (Permission denied)` — and no setcap, lxc.cap.keep, AppArmor or seccomp change can alter that. The two \"fixes\" found online weaken the whole host: lowering kernel.perf_event_paranoid opens system-wide performance counters to every process on the host and in every container, and making the container privileged makes its root the host's root. This GPU tab shows the same per-engine numbers for this container without either: it reads them on the host from /proc/<pid>/fdinfo and sysfs and attributes them by cgroup. Inside the container, fdinfo-based tools (nvtop, amdgpu_top) also work for its own processes.",
  'mon.pmu_in_ct.fix':
    "Nothing to change: use this tab for the container's GPU usage. Do not lower perf_event_paranoid or make the container privileged.",
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} lets every process on the host and in every container open system-wide performance counters. This was probably set so intel_gpu_top works in a container; this tab shows the same numbers without it.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} lets every process on the host and in every container open system-wide performance counters; -1 additionally allows kernel profiling and raw tracepoints. This was probably set so intel_gpu_top works in a container; this tab shows the same numbers without it.',
  'mon.paranoid_lowered.fix':
    'Remove the override (and its line in /etc/sysctl.conf or /etc/sysctl.d/*.conf) and use host-side monitoring',
  'mon.nvml_pids':
    "`nvidia-smi`/`nvtop` inside the container show no processes: the NVIDIA driver reports host PIDs, which do not exist in the container's PID namespace. Utilisation and memory totals are correct; this tab maps host PIDs to containers.",
  'mon.ineffective_workarounds':
    "These settings do not make the Intel PMU available in an unprivileged container: `setcap cap_perfmon` inside the CT, `lxc.cap.keep`, an unconfined AppArmor profile, an empty seccomp profile, or running the host's binary through a bind mount. The kernel checks CAP_PERFMON against the host's initial user namespace, which a container can never hold. They only weaken isolation — consider removing them (see sec.*).",
  'mon.ineffective_workarounds.fix': 'Revert them',
  'mount.optional_missing':
    '`{path}` is mounted with `optional` but does not exist on the host. LXC logs `Failed to mount "{path}"` and starts the container without it — the device silently disappears.',
  'mount.optional_missing.fix':
    'Make the source exist before the container starts (nv.uvm_lazy, dev.node_renamed) or switch to devN, which fails loudly instead',
  'mount.no_create':
    "The mount target `{target}` does not exist in the container's fresh /dev; without `create=file` the bind fails.",
  'mount.no_create.optional':
    "The mount target `{target}` does not exist in the container's fresh /dev; without `create=file` the bind fails (silently, because of optional).",
  'mount.no_create.fix': 'Add create=file',
  'mount.create_kind.dir': '`create={create}` does not match the source `{path}`, which is a directory.',
  'mount.create_kind.file': '`create={create}` does not match the source `{path}`, which is a device node.',
  'mount.create_kind.fix': 'Use create={create}',
  'mount.bad_path.relative_source':
    "`{path}` is a relative source; it is not the host's `/{path}` and the mount is skipped.",
  'mount.bad_path.absolute_target':
    "The target `{target}` is absolute; LXC mount targets are relative to the container's root (`{relative}`).",
  'mount.bad_path.other_dir': '`{node}` is mounted at `{target}`; applications look for it in `{dir}`.',
  'mount.bad_path.fix': 'Bind /dev/X onto dev/X',
  'mount.duplicate': 'Two entries mount onto `{target}`; the later one shadows the earlier.',
  'mount.duplicate.fix': 'Keep one',
  'mount.unmapped_owner':
    '`{path}` is `{owner}` on the host. It appears as `{ctOwner}` and nobody in the container — not even root — can open it.',
  'mount.unmapped_owner.gid':
    '`{path}` is `{owner}` on the host. Host gid {gid} is not mapped into this container, so it appears as `{ctOwner}` and nobody in the container — not even root — can open it.',
  'mount.unmapped_owner.fix':
    "Replace the raw entry with devN and the container's own gid (PVE makes a private node with that owner). Avoid chmod 666 and pre-start chown hooks.",
  'mount.cosmetic':
    'The trailing `{tail}` comes from a copy-pasted guide. glibc reads it as 0 0, so it is harmless.',
  'mount.dri_dir':
    'The whole host /dev/dri is visible: every GPU, the KMS card nodes and by-path. Nodes are only usable if the device cgroup allows them (cgroup.not_allowed); in unprivileged containers they show as nobody:nogroup unless their owner is mapped (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Pass only the render node(s) needed, with devN',
  'nv.module':
    'The NVIDIA kernel module is not loaded for kernel {kernel}, so /dev/nvidia* does not exist. Containers using devN will not start (`Device /dev/nvidia0 does not exist`); raw optional mounts start without the GPU. This usually follows a kernel upgrade when DKMS did not build the module.',
  'nv.module.fix': 'Install the headers for the running kernel and rebuild the module, then reboot',
  'nv.uvm_lazy.missing_devn':
    '`{path}` does not exist now. With devN a missing node is fatal: `pct start` fails with `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` does not exist now. With an optional raw mount the container starts without it and CUDA fails inside.',
  'nv.uvm_lazy.module_only_devn':
    'Nothing on this host creates `{path}` at boot (nvidia_uvm is loaded by modules-load.d, but the node only appears when something first uses CUDA). With devN a missing node is fatal: `pct start` fails with `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Nothing on this host creates `{path}` at boot (nvidia_uvm is loaded by modules-load.d, but the node only appears when something first uses CUDA). With an optional raw mount the container starts without it and CUDA fails inside.',
  'nv.uvm_lazy.no_creator_devn':
    'Nothing on this host creates `{path}` at boot. With devN a missing node is fatal: `pct start` fails with `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Nothing on this host creates `{path}` at boot. With an optional raw mount the container starts without it and CUDA fails inside.',
  'nv.uvm_lazy.fix':
    'Load nvidia_uvm at boot and create its nodes with a udev rule (or enable nvidia-persistenced)',
  'nv.node_set.no_ctl': 'The container has /dev/nvidia<N> but no /dev/nvidiactl; the driver needs both.',
  'nv.node_set.no_gpu': 'The container has /dev/nvidiactl but no /dev/nvidia<N> GPU node.',
  'nv.node_set.fix.add': 'Add {path}',
  'nv.node_set.no_uvm':
    'No /dev/nvidia-uvm: NVENC/NVDEC work, but CUDA (ollama, immich-ml, TensorRT) needs it.',
  'nv.node_set.fix.uvm': 'Add /dev/nvidia-uvm (and make sure it exists at boot, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'No NVIDIA user-space libraries (libnvidia-ml, libcuda) were found in the container; install version {version} without the kernel module.',
  'nv.version_mismatch.fix.install': 'Install the matching user-space driver inside the container',
  'nv.version_mismatch':
    'Host driver {version}, container libraries {libs} → `Failed to initialize NVML: Driver/library version mismatch`. This appears after every host driver update.',
  'nv.version_mismatch.fix':
    'Install the same version inside the container without the kernel part; pin the host driver to avoid drift',
  'nv.kernel_pkgs_in_ct':
    'The container has NVIDIA kernel-module packages ({packages}); a container cannot load modules and DKMS builds fail at every update.',
  'nv.kernel_pkgs_in_ct.fix': 'Remove them; keep the user-space libraries only',
  'nv.ctk_cgroups':
    'Docker inside this unprivileged container cannot manage device cgroups; older toolkit versions fail with `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Set no-cgroups = true in [nvidia-container-cli] and pass the device nodes to the Docker container explicitly',
  'sec.privileged_gpu':
    'This privileged container runs as host root and has the GPU. Since PVE 8.1 devN passes GPUs to unprivileged containers; LXC considers privileged containers unsafe and does not treat escapes from them as security issues.',
  'sec.privileged_gpu.fix':
    "Back up and restore as unprivileged, then pass the GPU with devN and the container's gids",
  'sec.apparmor_unconfined':
    'AppArmor confinement is off. GPU passthrough does not need this; it is usually copied from Docker-in-LXC guides.',
  'sec.apparmor_unconfined.privileged':
    "AppArmor confinement is off in a privileged container, whose root is the host's root. GPU passthrough does not need this; it is usually copied from Docker-in-LXC guides.",
  'sec.apparmor_unconfined.fix': 'Remove the line; for Docker use "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    "The container's syscall filter was replaced. PVE then skips its own generated rules (`explicitly configured lxc.seccomp.profile overrides the following settings`). Not needed for GPU use.",
  'sec.seccomp_off.disabled':
    "The container's syscall filter was disabled. PVE then skips its own generated rules (`explicitly configured lxc.seccomp.profile overrides the following settings`), and LXC's common.seccomp (which blocks module loading, kexec_load, open_by_handle_at) is gone. Not needed for GPU use.",
  'sec.cap_drop_empty':
    "An empty lxc.cap.drop changes nothing here: for unprivileged containers LXC's userns.conf already starts with a full capability set inside the user namespace.",
  'sec.cap_drop_empty.privileged':
    "An empty lxc.cap.drop keeps sys_module, sys_rawio, sys_time, mac_admin and mac_override, which LXC's common.conf drops: container root can load kernel modules and access raw I/O on the host.",
  'sec.cap_keep':
    "`lxc.cap.keep` only limits which capabilities the container keeps inside its own user namespace; it cannot add CAP_PERFMON/CAP_SYS_ADMIN on the host. It can break the container's init if needed capabilities are left out.",
  'sec.cap_keep.privileged': "`lxc.cap.keep` in a privileged container replaces LXC's drop list.",
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` in a privileged container keeps host-level capabilities such as sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` shares a host system directory with the container. pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." In this unprivileged container host-root-owned files cannot be modified, but host binaries and their versions are exposed.',
  'sec.system_dir_bind.privileged':
    '`{path}` shares a host system directory with the container. pct.adoc: "Never bind mount system directories like /, /var or /etc into a container — this poses a great security risk." In this privileged container it can replace host files.',
  'sec.system_dir_bind.fix':
    'Install the needed tools inside the container; bind only dedicated data directories (e.g. under /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys or /sys are writable in the container.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys or /sys are writable in the container; in a privileged container that changes host kernel settings.',
  'sec.proc_sys_rw.fix': 'Remove the line; use the "features" flags (force_rw_sys=1) where really needed',
  'sec.host_binary_bind':
    "`{path}` is a host binary/library bound into the container; it must match the container's libc and breaks silently on host upgrades.",
  'sec.host_binary_bind.fix': 'Install the matching packages inside the container (nv.version_mismatch)',
  'intel.huc':
    'HuC firmware is not loaded on {pci}, so low-power (VDEnc) encoding is unavailable; on LP-only GPUs (Jasper Lake, Elkhart Lake, Arc, Meteor Lake and newer) that means no H.264/HEVC hardware encoding at all.',
  'intel.huc.forced':
    'HuC firmware is not loaded on {pci}, so low-power (VDEnc) encoding is unavailable; on LP-only GPUs (Jasper Lake, Elkhart Lake, Arc, Meteor Lake and newer) that means no H.264/HEVC hardware encoding at all. i915 is forced to enable_guc={value}.',
  'intel.huc.fix':
    'Keep pve-firmware current; set enable_guc=2 only on older platforms that need it (never on those where 3 is the default), then update the initramfs and reboot',
  'intel.sriov_vf':
    '`{path}` belongs to an SR-IOV virtual function: the i915 PMU is not available on VFs (`PMU not supported for this GPU`), so engine busyness can only be read on the physical function.',
  'intel.sriov_vf.fix': 'Monitor the physical function on the host',
  'amd.kfd': 'VA-API needs only the render node, but ROCm/HIP (ollama, PyTorch) also needs /dev/kfd.',
  'amd.kfd.compute':
    'VA-API needs only the render node, but ROCm/HIP (ollama, PyTorch) also needs /dev/kfd, and this container looks like a compute workload.',
  'amd.kfd.fix': "Pass /dev/kfd with the container's render gid",
  'subid.not_allowed.uid':
    '`{file}` does not allow root to map host uid {ids} (needed by `lxc.idmap: {entry}`). The container will not start: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` does not allow root to map host gid {ids} (needed by `lxc.idmap: {entry}`). The container will not start: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` does not exist (needed by `lxc.idmap: {entry}`). The container will not start: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` does not exist (needed by `lxc.idmap: {entry}`). The container will not start: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Append to {file} (no reboot needed; restart the container)',
  'subid.typo_file': '`{file}` is not read by anything; newuidmap/newgidmap read `{right}`.',
  'subid.typo_file.fix': 'Move its lines into {right}',
  'subid.nss':
    'Subordinate ids come from an NSS module on this host; the panel cannot verify them from /etc/subuid and /etc/subgid.',
  'check.pass': 'Nothing to report.',
  'check.could_not_run': 'This check could not run: {error}',
  'cgroup.v1_key.unprivileged':
    "`{line}` is a cgroup v1 key. This host uses cgroup v2, so the line has no effect — and an unprivileged container needs no allow rule anyway: since PVE 7.0 its device cgroup allows every device, and the node's owner and mode decide. PVE logs `{key} is deprecated, this will be a hard error in the future!`.",
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} is blocked by `{line}`: the file is visible in the container, but every open() returns `Operation not permitted`.} other {{nodes} are blocked by `{line}`: the files are visible in the container, but every open() returns `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Remove the deny line (or narrow it so that it no longer matches the device)',
  'cgroup.allow_all.unprivileged':
    "`lxc.cgroup2.devices.allow: a` is already the default for unprivileged containers since PVE 7.0 (pve-container's userns.conf.d/01-pve.conf): the line changes nothing. What the container can open is decided by the nodes' owner and mode.",
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} is mounted but the device cgroup does not allow it: open() returns `Operation not permitted`. The container does not need it for VA-API or compute.} other {{nodes} are mounted but the device cgroup does not allow them: open() returns `Operation not permitted`. The container does not need them for VA-API or compute.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` does not allow root to map host uid {ids}, which the id map needs.} other {`{file}` does not allow root to map the {count} host uid ranges the id map needs: {ids}.}} The container will not start: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` does not allow root to map host gid {ids}, which the id map needs.} other {`{file}` does not allow root to map the {count} host gid ranges the id map needs: {ids}.}} The container will not start: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'Docker runs inside this container, and the container itself has no VA-API driver. Media applications in Docker images (Jellyfin, Frigate, Plex) bring their own driver, which this panel cannot see; if the application reports no hardware decoding, check inside its image.',
  'ct.vaapi_driver.fix.docker': "Run vainfo inside the application's Docker container",
  'ct.config_syntax.duplicate':
    '`{key}` is set twice (lines {first} and {line}); PVE keeps only the last one.',
  'ct.config_syntax.inline_comment':
    'Line {line}: the value of `{key}` has an inline `#` comment. PVE and LXC do not strip it: it becomes part of the value.',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Accelerator drivers are loaded on the host',
  'acc.usb_single_device.title': 'USB accelerators are passed by their bus, not by one device number',
  'acc.usb_access.title': 'The container can open the Coral USB',
  'acc.driver.coral':
    "Missing on the host: {paths}. The Coral PCIe driver (`apex`, which needs `gasket`) is not loaded, although the card is there ({pci}). Google's `gasket-dkms` package does not build on kernels 6.5 and later, so the module is often lost after a kernel update.",
  'acc.driver.coral_no_card':
    'Missing on the host: {paths}. No Coral PCIe card is visible on the PCI bus, and its driver (`apex`) is not loaded.',
  'acc.driver.hailo':
    'Missing on the host: {paths}. The Hailo PCIe driver (`hailo_pci`) is not loaded, although the card is there ({pci}).',
  'acc.driver.hailo_no_card':
    'Missing on the host: {paths}. No Hailo card is visible on the PCI bus, and `hailo_pci` is not loaded.',
  'acc.driver.npu_intel':
    'Missing on the host: {paths}. The Intel NPU driver (`intel_vpu`, Linux 6.3 or later, with the NPU firmware) is not loaded, although the NPU is there ({pci}).',
  'acc.driver.npu_amd':
    'Missing on the host: {paths}. The AMD NPU driver (`amdxdna`, Linux 6.14 or later) is not loaded, although the NPU is there ({pci}).',
  'acc.driver.npu':
    'Missing on the host: {paths}. No NPU driver (`intel_vpu`, `amdxdna`) is loaded and no NPU is visible on the PCI bus.',
  'acc.driver.kfd':
    "Missing on the host: {paths}. `amdgpu`, which provides ROCm's `/dev/kfd`, is not loaded.",
  'acc.driver.unbound':
    'Missing on the host: {paths}. The card at {pci} ({id}) is not bound to `{module}` (bound driver: {driver}): a driver for another model holds it, or none does.',
  'acc.driver.fix.coral':
    'Build the Coral driver for the running kernel (a `gasket-dkms` that builds on it, such as the feranick/gasket-driver packages, and the kernel headers), then load `apex`',
  'acc.driver.fix.hailo':
    'Install the `hailort-pcie-driver` of the HailoRT version the container uses, then load `{module}`',
  'acc.driver.fix.npu': 'Load `{module}` (`dmesg` names missing NPU firmware)',
  'acc.driver.fix.kfd': 'Load `amdgpu`; `/dev/kfd` comes with it',
  'acc.usb_single_device':
    '{path} ({id}) is passed as one USB device node: its number changes whenever the device is replugged or the host reboots, and the entry then points at nothing or at another device.',
  'acc.usb_single_device.coral':
    '{path} is a Coral USB ({id}) passed as one device node. The Coral re-enumerates when its firmware loads (1a6e:089a "Global Unichip" becomes 18d1:9302 "Google") under a new device number, so the node in the container goes stale and no Edge TPU is found.',
  'acc.usb_single_device.moved':
    '{path} no longer exists: the Coral USB re-enumerated and is now {now} ({id}). A single-device entry cannot follow it: the container does not start (devN) or starts without the TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} no longer exists: USB device numbers change at every re-enumeration, replug and reboot.',
  'acc.usb_single_device.fix':
    'Bind the whole USB bus directory instead, so that the device is reachable under whatever number it gets',
  'acc.usb_single_device.fix.coral':
    'Bind the whole USB bus directory instead, and add a host udev rule so that the unprivileged container can open both Coral ids',
  'acc.usb_access':
    '{path} (Coral USB, {id}) is {owner} on the host; the unprivileged container sees {ctOwner} and cannot open it for writing, so libedgetpu finds no Edge TPU. The node it re-enumerates to gets the same owner.',
  'acc.usb_access.fix':
    'Add a host udev rule that gives both Coral USB ids (1a6e:089a and 18d1:9302) mode 0666, then re-trigger udev',
  'acc.usb_access.minor':
    "The device cgroup lets {path} through only as {devt}, the Coral USB's number today. When it re-enumerates (1a6e:089a becomes 18d1:9302) it gets the next number on the bus, and the container's open() fails with EPERM.",
  'acc.usb_access.fix.minor': 'Allow every USB device number (major 189) instead of one',
  'acc.driver.hailo_other':
    'Missing on the host: {paths}. `{other}` is loaded, but it drives the Hailo-10H; this card ({pci}, a Hailo-8/8L) needs `hailo_pci`, which is not loaded.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'What hooks and hookscripts do to devices',
  'ct.hook_script.ops':
    '`{hook}` runs before the container starts and does this to devices: {ops}. The checks judge the nodes as they are after it ran.',
  'ct.hook_script.opaque':
    '`{hook}` does things to devices that this panel cannot follow ({lines}). The verdicts about the nodes it touches depend on what it does.',
  'ct.hook_script.unreadable':
    'The script of `{hook}` ({path}) could not be read whole. The verdicts about the device nodes depend on what it does.',
  'ct.hook_script.missing':
    '`{hook}`: {path} does not exist or is not a regular file. PVE or LXC cannot run it, and the container does not start.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} is not executable. PVE or LXC cannot run it (`is not executable`), and the container does not start.',
  'ct.hook_script.fix.missing': 'Restore the script and make it executable, or remove the hook',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` creates {nodes} with mknod inside an unprivileged container. Its user namespace may not create device nodes (`Operation not permitted`), so the node is not there.} other {`{hook}` creates {nodes} with mknod inside an unprivileged container. Its user namespace may not create device nodes (`Operation not permitted`), so the nodes are not there.}}',
  'ct.hook_script.fix.devn': 'Pass the nodes with devN entries instead: PVE creates them in the container',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {A hook creates {nodes}, but the device cgroup does not allow it: open() returns `Operation not permitted`.} other {A hook creates {nodes}, but the device cgroup does not allow them: open() returns `Operation not permitted`.}}',
  'nv.lxc_hook.title': "LXC's nvidia hook can run",
  'nv.lxc_hook':
    "LXC's nvidia hook binds the NVIDIA device nodes ({devices}) and the host driver's libraries into the container at every start (`nvidia-container-cli`), so the container's driver libraries always match the host's kernel module.",
  'nv.lxc_hook.missing':
    '{path} does not exist on this host: the mount hook cannot run, and the container does not start.',
  'nv.lxc_hook.not_mount':
    'LXC\'s nvidia hook is set as `{key}`. It works only as `lxc.hook.mount` and otherwise exits with `This hook must be used as a "mount" hook`: the container does not start.',
  'nv.lxc_hook.privileged':
    "LXC's nvidia hook works only in unprivileged containers (`This hook currently only works in unprivileged mode`). In this privileged container it fails, and the container does not start.",
  'nv.lxc_hook.no_cli':
    "LXC's nvidia hook runs `nvidia-container-cli`, which this host does not have (`Missing tool nvidia-container-cli`): the container does not start.",
  'nv.lxc_hook.no_env':
    "LXC's nvidia hook does nothing unless `lxc.environment` sets `NVIDIA_VISIBLE_DEVICES` to something other than empty or `void`: no NVIDIA node or library reaches the container.",
  'nv.lxc_hook.fix.cli': 'Install the package that provides it',
  'nv.lxc_hook.fix.mount': 'Use the hook as a mount hook',
  'nv.lxc_hook.fix.privileged':
    'Remove the hook and pass the NVIDIA nodes with devN, or use an unprivileged container',
  'nv.lxc_hook.fix.env': 'Set the variables the hook reads',
  'ct.generated_config.title': 'What LXC applied at the last start',
  'ct.generated_config.extra':
    '{count, plural, one {LXC applied a line at the last start that the config does not hold (a hook wrote it, or it was removed since): {lines}.} other {LXC applied {count} lines at the last start that the config does not hold (a hook wrote them, or they were removed since): {lines}.}} The checks of this running container judge what LXC applied (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {A line of the config was not applied at the last start (it was added since): {lines}. It takes effect when the container restarts; until then the checks judge the container without it.} other {{count} lines of the config were not applied at the last start (they were added since): {lines}. They take effect when the container restarts; until then the checks judge the container without them.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {The hookscript {script} adds a line to the generated config at every start: {lines}. The checks count it as applied.} other {The hookscript {script} adds {count} lines to the generated config at every start: {lines}. The checks count them as applied.}}',
  'ct.read_limits.title': 'Files inside the container were read whole',
  'ct.read_limits':
    '{count, plural, one {A file inside the container could not be read whole: {paths}.} other {{count} files inside the container could not be read whole: {paths}.}} The verdicts of {checks} rest on what was read and may be wrong.',
  'ct.config_syntax.lxc_unknown_key':
    'Line {line}: `{key}` is not a key PVE passes to LXC. PVE drops the line (`unable to parse config`), so it has no effect.',
  'ct.config_syntax.lxc_removed_key':
    'Line {line}: `{key}` was removed in LXC 3.0 (now `{new}`). PVE passes it on, and LXC refuses to start the container.',
  'ct.config_syntax.cgroup_key':
    'Line {line}: `{key}` is not a device rule key (`lxc.cgroup2.devices.allow` or `lxc.cgroup2.devices.deny`). LXC cannot apply it, and the container does not start.',
  'ct.config_syntax.cgroup_rule':
    'Line {line}: `{value}` is not a device rule LXC can parse (`a`, or `c` or `b` followed by `major:minor` and `rwm`). The container does not start.',
  'ct.config_syntax.mount_fields':
    'Line {line}: `{value}` has fewer than the four fields of a mount entry (source, target, type, options). The mount fails, and the container does not start.',
  'host.prestart_chown.fix.script':
    'Delete these commands from {script} and pass the nodes with devN: PVE gives the container its own copy of each node with the owner you ask for',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'The container can open a MIG instance',
  'nv.mig_caps.none':
    'MIG is on for {gpu} ({count, plural, one {one GPU instance} other {{count} GPU instances}}: {instances}), but the container has none of their capability nodes. Through {gpu} alone CUDA finds no device: a MIG instance is opened through the access node of its GPU instance and that of one of its compute instances, `/dev/nvidia-caps/nvidia-cap<minor>` (minors in `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'The container has only part of GPU instance {gi} of {gpu}; missing: {nodes}. A MIG instance needs the access node of its GPU instance and that of one of its compute instances.',
  'nv.mig_caps.blocked':
    '{count, plural, one {The MIG capability node {nodes} is bound, but the device cgroup does not allow it} other {The MIG capability nodes {nodes} are bound, but the device cgroup does not allow them}}: CUDA cannot open an instance of {gpu}.',
  'nv.mig_caps.fix.add': 'Pass the access nodes of GPU instance {gi} and its compute instance {ci}',
  'nv.mig_caps.fix.allow': 'Allow the capability nodes in the device cgroup',

  // 12a11y: evidence in the engine's own words (checks/context.ts stated()); a quote of what was
  // read stays as it is. Each is said of the file or path the evidence names.
  'evidence.missing': 'does not exist',
  'evidence.exists': 'exists',
  'evidence.pve_default_map': "PVE's default map (`unprivileged: 1`): {map}",
  'evidence.subid_no_root': 'no entry for root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} uid line} other {{count} uid lines}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} gid line} other {{count} gid lines}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (unified hierarchy)',
  'evidence.cgroup.hybrid': 'cgroup v1 and v2 side by side (hybrid)',
  'evidence.cgroup.unknown': 'cgroup layout not recognised',
  'evidence.apparmor.enabled': 'AppArmor is enabled',
  'evidence.apparmor.disabled': 'AppArmor is disabled',
  'evidence.no_driver': 'no driver bound',
  'evidence.pci_no_driver': '{id}: no driver bound',
  'evidence.node.char': 'character device {devt}',
  'evidence.node.block': 'block device {devt}',
  'evidence.node.file': 'regular file, not a device node',
  'evidence.node.dir': 'directory, not a device node',
  'evidence.no_group_gid': 'no group has gid {gid}',
  'evidence.no_group_name': 'no {group} group',
  'evidence.uvm_listed': '`nvidia_uvm` is listed',
  'evidence.uvm_not_listed': '`nvidia_uvm` is not listed',
  'evidence.no_cgroups_unset': '`no-cgroups` is not set',
  'evidence.docker_dir': "Docker's data directory is present",
  'evidence.no_vaapi_driver': 'no VA-API driver (`*_drv_video.so`)',
  'evidence.read.denied': 'permission denied',
  'evidence.read.not_regular': 'not a regular file',
  'evidence.read.not_directory': 'not a directory',
  'evidence.read.symlink': 'a symbolic link, not followed',
  'evidence.read.error': 'read error',
  'evidence.read.timeout': 'no answer within the time limit',
  'evidence.read.truncated': 'larger than the size limit, read in part',
  'evidence.unreadable': 'could not be read',
  'evidence.module_not_loaded': 'module not loaded',
  'evidence.privileged_config': 'neither `unprivileged: 1` nor `lxc.idmap`',
  'evidence.hook.not_executable': 'not executable',
  'evidence.hook.too_big': 'larger than the size limit, not read',
  'evidence.hook.storage': 'its storage is not a directory storage: the file cannot be located',
  'evidence.unprivileged_ct': 'unprivileged container',
  'evidence.privileged_ct': 'privileged container',
  'evidence.nvidia_nodes_passed': 'NVIDIA device nodes are passed through',
  'evidence.no_caps_major': 'no `nvidia-caps` line',
};
