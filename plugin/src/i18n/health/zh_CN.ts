// SPDX-License-Identifier: AGPL-3.0-or-later
// 简体中文: the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': '没有 cgroup v1 键',
  'cgroup.not_allowed.title': '设备 cgroup 允许所有已绑定的节点',
  'cgroup.stale_major.title': '允许的主设备号与当前设备一致',
  'cgroup.allow_all.title': '没有允许全部设备的规则',
  'cgroup.redundant.title': '没有针对未绑定节点的允许规则',
  'ct.config_syntax.title': '所有配置行均可解析',
  'ct.pending.title': '待应用的更改',
  'ct.node_check.title': '容器内的节点就是主机设备',
  'ct.service_user_groups.title': '服务用户可以打开 GPU',
  'ct.group_collision.title': '只有一个 render 组和一个 video 组',
  'ct.vaapi_driver.title': '已安装适用于该 GPU 的 VA-API 驱动',
  'dev.path_missing.title': '直通的设备路径在主机上存在',
  'dev.not_device.title': '直通的路径是设备节点',
  'dev.node_renamed.title': 'GPU 节点名称稳定',
  'dev.bypath.title': 'by-path 节点以其 by-path 名称出现',
  'dev.gid_default.title': 'GPU 的 devN 条目设置了组',
  'dev.gid_wrong_group.title': 'devN 的组是容器的 render/video 组',
  'dev.id_unmapped.title': 'devN 的 uid/gid 已映射',
  'dev.nvidia_mode.title': '容器的服务可以使用 NVIDIA 节点',
  'dev.kfd_gid.title': '/dev/kfd 属于 render 组',
  'dev.conflict.title': '没有节点被重复直通',
  'dev.render_numbering.title': '存在 renderD128，可供默认探测',
  'dev.vendor.title': '每个直通节点所属的 GPU',
  'host.gpu_inventory.title': '主机的 GPU 及其节点',
  'host.no_drm_node.title': '主机的每个 GPU 都有驱动和节点',
  'host.world_rw_nodes.title': '主机上的 GPU 节点并非所有人可写',
  'host.prestart_chown.title': '钩子不会更改主机设备节点的所有者',
  'idmap.syntax.title': 'lxc.idmap 行有效',
  'idmap.deprecated_key.title': 'lxc.idmap 键名',
  'idmap.type_missing.title': '自定义映射同时包含 uid 行和 gid 行',
  'idmap.root_unmapped.title': '容器的 root 已映射',
  'idmap.overlap.title': '没有 ID 被重复映射',
  'idmap.gap.title': '容器的所有 ID 0–65535 均已映射',
  'idmap.host_root.title': '主机的 root 未映射到容器中',
  'idmap.passthrough_ids.title': '与容器共享的主机 ID',
  'idmap.too_many_ranges.title': '每种 ID 最多 340 个范围',
  'mon.pmu_in_ct.title': 'GPU 监控工具 (intel_gpu_top) 在此容器中失败的原因',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid 未被调低',
  'mon.nvml_pids.title': '容器内的 nvidia-smi 不显示进程',
  'mon.ineffective_workarounds.title': '对 PMU 访问无效的设置',
  'mount.optional_missing.title': 'optional 绑定的源存在',
  'mount.no_create.title': '绑定到 /dev 的挂载会创建其目标',
  'mount.create_kind.title': 'create= 与源相符',
  'mount.bad_path.title': '绑定的源和目标格式正确',
  'mount.duplicate.title': '没有两个绑定共用同一目标',
  'mount.unmapped_owner.title': '绑定的节点在容器内可用',
  'mount.cosmetic.title': '绑定行结尾正确',
  'mount.dri_dir.title': '只绑定了所需的 DRM 节点',
  'nv.module.title': 'NVIDIA 内核模块已加载',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm 在每次启动时都存在',
  'nv.node_set.title': 'NVIDIA 节点齐全',
  'nv.version_mismatch.title': '容器的 NVIDIA 库与主机驱动一致',
  'nv.kernel_pkgs_in_ct.title': '容器中没有 NVIDIA 内核软件包',
  'nv.ctk_cgroups.title': 'NVIDIA Container Toolkit 在非特权 CT 中可用',
  'sec.privileged_gpu.title': 'GPU 容器为非特权容器',
  'sec.apparmor_unconfined.title': 'AppArmor 限制已启用',
  'sec.seccomp_off.title': '系统调用过滤完好',
  'sec.cap_drop_empty.title': '保留 LXC 的权能丢弃设置',
  'sec.cap_keep.title': '没有 lxc.cap.keep',
  'sec.system_dir_bind.title': '容器中没有主机系统目录',
  'sec.proc_sys_rw.title': '/proc 和 /sys 不可写',
  'sec.host_binary_bind.title': '没有绑定主机的二进制文件或库',
  'subid.not_allowed.title': '/etc/subuid 和 /etc/subgid 允许该映射',
  'subid.typo_file.title': '没有拼错名称的从属 ID 文件',
  'subid.nss.title': '从属 ID 来自文件',
  'intel.huc.title': 'HuC 固件已加载（低功耗编码）',
  'intel.sriov_vf.title': 'SR-IOV 虚拟功能',
  'amd.kfd.title': 'ROCm 拥有 /dev/kfd',
  'fix.remove_line': '移除该行',
  'fix.optional_cleanup': '可选的清理',
  'fix.restart': '重启容器以应用配置',
  'cgroup.v1_key.no_effect':
    '`{line}` 是 cgroup v1 键。此主机使用 cgroup v2（PVE 7 及更高版本；PVE 9 完全没有 v1），因此该行不起作用。PVE 会记录 `{key} is deprecated, this will be a hard error in the future!`。',
  'cgroup.v1_key.blocked':
    '`{line}` 是 cgroup v1 键。此主机使用 cgroup v2（PVE 7 及更高版本；PVE 9 完全没有 v1），因此该行不起作用，这些设备仍被阻止（`Operation not permitted`）。PVE 会记录 `{key} is deprecated, this will be a hard error in the future!`。',
  'cgroup.v1_key.allow_all':
    '`{line}` 是 cgroup v1 键。此主机使用 cgroup v2（PVE 7 及更高版本；PVE 9 完全没有 v1），因此该行不起作用。PVE 会记录 `{key} is deprecated, this will be a hard error in the future!`。若改写为 lxc.cgroup2.devices.allow，它将允许所有设备 (cgroup.allow_all)。',
  'cgroup.v1_key.fix.rename': '将其改名为 cgroup2 键，或者最好用 devN 替换这些原始条目',
  'cgroup.not_allowed':
    '{count, plural, other {{nodes} 已挂载，但设备 cgroup 不允许访问。文件在容器中可见，但每次 open() 都返回 `Operation not permitted`。}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, other {{nodes} 通过目录绑定可见，但设备 cgroup 不允许访问：open() 返回 `Operation not permitted`。VA-API 和计算不需要它们。}}',
  'cgroup.not_allowed.fix': '允许这些节点，或使用在每次启动时生成规则的 devN',
  'cgroup.stale_major.since_start':
    '`{path}` 现在是 {devt}，但容器启动时使用的是针对 {started} 的设备规则 (/var/lib/lxc/{vmid}/config)。驱动自启动以来已重新加载或重新编号：该节点在运行中的容器内被阻止。',
  'cgroup.stale_major.fix.restart': '重启容器：PVE 会根据当前节点重新生成规则',
  'cgroup.stale_major':
    '配置允许主设备号 {major}，但当前没有设备使用它，而 `{path}` 现在是 {devt}。动态主设备号（nvidia-uvm、nvidia-caps、kfd）会在驱动更新后改变。',
  'cgroup.stale_major.named':
    '配置允许主设备号 {major}，但当前没有设备使用它，而 `{path}` 现在是 {devt}（/proc/devices 中的 {driver}）。动态主设备号（nvidia-uvm、nvidia-caps、kfd）会在驱动更新后改变。',
  'cgroup.stale_major.fix': '更新该编号，或改用 devN（每次启动时根据 stat() 重新生成规则）',
  'cgroup.allow_all': '容器可以读写它能创建或访问到的所有设备节点，包括块设备。',
  'cgroup.allow_all.privileged':
    '容器可以读写它能创建或访问到的所有设备节点，包括块设备。在特权容器中，这等于可以访问主机磁盘。',
  'cgroup.allow_all.fix': '移除它；只允许特定的 GPU 节点（或使用 devN）',
  'cgroup.redundant.by_devn': 'PVE 已为 `{key}` 允许了 `c {devt}`。',
  'cgroup.redundant': '`c {devt}` 已被允许，但没有已绑定的节点使用该编号。',
  'ct.config_syntax.fix': '修正或移除该行',
  'ct.config_syntax.fix.dev': '写成 dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'PVE 支持 dev0…dev{last}。',
  'ct.config_syntax.fix.renumber': '重新编号这些条目',
  'ct.pending.idmap':
    '容器运行时使用的是上次启动时获得的 ID 映射 ({started})；配置现在为 {now}。新映射在重启后生效。',
  'ct.pending.idmap_removed':
    '容器运行时使用的是上次启动时获得的 ID 映射 ({started})；配置现在没有映射。新映射在重启后生效。',
  'ct.pending': '以下更改尚待应用，将在容器下次启动时生效；上面的检查描述的是当前运行的配置：{changes}。',
  'ct.config_syntax.delete': '第 {line} 行：`delete` 只允许出现在 [pve:pending] 中；PVE 在此处会忽略它。',
  'ct.config_syntax.empty_option':
    '第 {line} 行：选项 `{key}` 没有值；PVE 会记录 `unable to parse config` 并忽略该行。',
  'ct.config_syntax.unparsable': '第 {line} 行：PVE 无法解析此行 (`unable to parse config`)，并会忽略它。',
  'ct.config_syntax.dev.not_number': '`{key}`：`{option}` 不是数字。PVE 会拒绝该条目。',
  'ct.config_syntax.dev.bad_mode': '`{key}`：`{option}` 不是类似 0660 的八进制权限模式。PVE 会拒绝该条目。',
  'ct.config_syntax.dev.unknown_option': '`{key}`：未知选项 `{option}`。PVE 会拒绝该条目。',
  'ct.config_syntax.dev.no_path': '`{key}` 未指定设备路径。PVE 会拒绝该条目。',
  'ct.config_syntax.dev.not_dev': '`{key}`：`{path}` 不在 /dev/ 下。PVE 会拒绝该条目。',
  'ct.config_syntax.dev.dot_path': '`{key}`：`{path}` 包含 /. 或 /.. 路径组件。PVE 会拒绝该条目。',
  'ct.node_check.missing': '`{path}` 在容器中不存在（参见 {see}）。',
  'ct.node_check.placeholder': '容器中的 `{path}` 是普通（占位）文件——绑定挂载没有发生（参见 {see}）。',
  'ct.node_check.not_device': '容器中的 `{path}` 不是设备节点——绑定挂载没有发生（参见 {see}）。',
  'ct.node_check.stale':
    '容器中的 `{path}` 是 {devt}，而主机节点是 {hostDevt}——这是驱动重新加载之前遗留的陈旧节点（参见 {see}）。请重启容器。',
  'ct.node_check.fix': '修复所引用的检查后重启容器',
  'ct.service_user_groups':
    '用户 `{user}` 无法打开 `{path}`：其所属 gid 为 {gid}，权限模式为 {mode}，而 {user} 属于 {groups}。',
  'ct.service_user_groups.no_groups':
    '用户 `{user}` 无法打开 `{path}`：其所属 gid 为 {gid}，权限模式为 {mode}，而 {user} 不属于任何附加组。',
  'ct.service_user_groups.fix.add_user': '在容器内将 {user} 加入 {group}，然后重启该服务',
  'ct.service_user_groups.fix.devn_gid': '为该节点设置容器的 render 组 ({see})，然后重启容器',
  'ct.service_user_groups.fix.node_group':
    '为该节点设置容器的 render 组（参见 dev.gid_wrong_group / mount.unmapped_owner）',
  'ct.group_collision': '容器中有 {count} 个 `{group}` 组 ({gids})；工具会把该名称解析为其中之一。',
  'ct.group_collision.fix': '移除重复项；保留节点所属的那个 gid',
  'ct.vaapi_driver.i965_forced': 'LIBVA_DRIVER_NAME=i965 强制使用旧版驱动；它只支持 Broadwell 之前的 GPU。',
  'ct.vaapi_driver.fix.i965_forced': '移除 LIBVA_DRIVER_NAME 或将其设为 iHD',
  'ct.vaapi_driver.only_i965':
    '容器中只有旧版 i965 VA-API 驱动。对于 Gen9 及更新的 Intel GPU，请安装 intel-media-va-driver-non-free（Debian：启用 non-free）。',
  'ct.vaapi_driver.only_i965_no_access':
    '容器中只有旧版 i965 VA-API 驱动。对于 Gen9 及更新的 Intel GPU，请安装 intel-media-va-driver-non-free（Debian：启用 non-free）。容器目前还无法打开 render 节点（见上文）；请先修复访问权限，然后再检查驱动 (`vainfo`)。',
  'ct.vaapi_driver.no_ihd':
    '在容器中未找到 Intel VA-API 驱动 (iHD_drv_video.so)。对于 Gen9 及更新的 Intel GPU，请安装 intel-media-va-driver-non-free（Debian：启用 non-free）。',
  'ct.vaapi_driver.no_ihd_no_access':
    '在容器中未找到 Intel VA-API 驱动 (iHD_drv_video.so)。对于 Gen9 及更新的 Intel GPU，请安装 intel-media-va-driver-non-free（Debian：启用 non-free）。容器目前还无法打开 render 节点（见上文）；请先修复访问权限，然后再检查驱动 (`vainfo`)。',
  'ct.vaapi_driver.fix.intel': '在容器内安装媒体驱动',
  'ct.vaapi_driver.no_radeonsi': '在容器中未找到 radeonsi_drv_video.so (mesa-va-drivers)。',
  'ct.vaapi_driver.no_radeonsi_no_access':
    '在容器中未找到 radeonsi_drv_video.so (mesa-va-drivers)。容器目前还无法打开 render 节点（见上文）；请先修复访问权限，然后再检查驱动 (`vainfo`)。',
  'ct.vaapi_driver.fix.amd': '在容器内安装 mesa-va-drivers',
  'dev.path_missing': '`{entry}` 在主机上不存在；`pct start` 会中止并报告 `Device {path} does not exist`。',
  'dev.path_missing.renamed':
    '`{entry}` 在主机上不存在；`pct start` 会中止并报告 `Device {path} does not exist`。主机上现有的是 {others}：DRM 编号可能在不同启动和内核之间发生变化（参见 dev.node_renamed）。',
  'dev.path_missing.uvm':
    '`{entry}` 在主机上不存在；`pct start` 会中止并报告 `Device {path} does not exist`。/dev/nvidia-uvm 只有在 nvidia_uvm 模块加载且其节点已创建后才会存在（参见 nv.uvm_lazy）。',
  'dev.path_missing.nvidia':
    '`{entry}` 在主机上不存在；`pct start` 会中止并报告 `Device {path} does not exist`。NVIDIA 内核模块可能未加载（参见 nv.module）。',
  'dev.path_missing.fix.repoint': '让该条目指向现有节点，最好使用其稳定的 by-path 名称',
  'dev.path_missing.fix.create': '确保设备在容器启动前已在主机上存在，或移除该条目',
  'dev.not_device.file': '主机上的 `{path}` 是普通文件，而不是设备（PVE：`{path} is not a device`）。',
  'dev.not_device.dir': '主机上的 `{path}` 是目录，而不是设备（PVE：`{path} is not a device`）。',
  'dev.not_device.fix': '删除该文件，让 udev 重新创建节点；然后查看 dev.conflict，了解它是怎么产生的',
  'dev.node_renamed.gone':
    '`{path}` 已不存在，主机上现在是 {others}：GPU 可能被重新编号了。自内核 5.14 起，simpledrm 启动帧缓冲常常先占用 card0，而且编号可能在不同启动和内核升级之间发生变化。',
  'dev.node_renamed':
    '配置按编号引用 `{path}`。它目前与主机一致，但 DRM 编号可能改变（simpledrm 占用 card0、内核升级、第二块 GPU）。VA-API、QSV 和 NVENC 只需要 render 节点。',
  'dev.node_renamed.fix.bypath': '使用稳定的 by-path 名称（或完全去掉 card 节点）',
  'dev.node_renamed.fix.drop': '去掉 card 节点（render 节点就够了），或使用 /dev/dri/by-path 名称',
  'dev.bypath':
    'PVE 在容器内按配置的路径 `{path}` 创建节点，而不是在 `{node}`（autodev 钩子挂载到 /dev/<配置的路径>）。探测 /dev/dri/renderD128 的应用程序将找不到它。',
  'dev.bypath.fix':
    '让应用程序使用 by-path 节点（Jellyfin 的“VA-API Device”、ffmpeg -vaapi_device、在支持时使用 LIBVA_DRM_DEVICE），或在容器启动时在容器内创建符号链接',
  'dev.gid_default':
    '`{path}` 在容器中将是 `root:root 0660`：只有容器的 root 能使用它；以自身用户身份运行的服务（jellyfin、plex、immich、frigate、ollama）会得到 `Permission denied`。',
  'dev.gid_default.fix': '为该节点设置容器的 {group} 组（容器运行时从其 /etc/group 读取该值）',
  'dev.gid_wrong_group.host_gid':
    '`{key}` 使用 gid {gid}，这是“主机”的 render gid。devN 中的 gid 是容器 gid：它必须是容器内的 render 组，而这通常不同（Debian 12：105，Ubuntu 24.04：993）。请启动容器，以便此检查读取其 /etc/group。',
  'dev.gid_wrong_group.fix.lookup': '在容器内查出该 gid 并使用它',
  'dev.gid_wrong_group.render':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内是 `{group}`；其 `render` 组是 {want}。因此 render 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内不对应任何组；其 `render` 组是 {want}。因此 render 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.render_missing':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内是 `{group}`；容器没有 `render` 组。因此 render 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内不对应任何组；容器没有 `render` 组。因此 render 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.card':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内是 `{group}`；其 `video` 组是 {want}。因此 card 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内不对应任何组；其 `video` 组是 {want}。因此 card 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.card_missing':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内是 `{group}`；容器既没有 `video` 组也没有 `render` 组。因此 card 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` 设置的 gid {gid} 在此容器 ({os}) 内不对应任何组；容器既没有 `video` 组也没有 `render` 组。因此 card 节点属于错误的组。（devN 中的 gid 是容器 gid；主机的 render gid 在这里无关紧要。）',
  'dev.gid_wrong_group.fix.create_group':
    '先在容器内创建 {group} 组（例如安装 GPU 用户空间软件包），然后在此处设置其 gid',
  'dev.gid_wrong_group.fix': '将 {key} 设为容器的 {group} gid，然后重启容器',
  'dev.id_unmapped.gid':
    '`gid={id}` 未被此容器的 lxc.idmap 映射，因此 PVE 会将节点的所有者改为主机 gid {id}，而容器看到的是 `nogroup`。',
  'dev.id_unmapped.uid':
    '`uid={id}` 未被此容器的 lxc.idmap 映射，因此 PVE 会将节点的所有者改为主机 uid {id}，而容器看到的是 `nobody`。',
  'dev.id_unmapped.fix.gid': '使用已映射的 gid（容器的 render 组），或修正映射 (idmap.gap)',
  'dev.id_unmapped.fix.uid': '使用已映射的 uid，或修正映射 (idmap.gap)',
  'dev.nvidia_mode':
    '在主机上 NVIDIA 节点的权限为 0666；通过 devN 后它们在容器中变为 `0660 root:{group}`，因此不在该组中的服务（ollama、jellyfin、immich …）无法打开它们。',
  'dev.nvidia_mode.users':
    '在主机上 NVIDIA 节点的权限为 0666；通过 devN 后它们在容器中变为 `0660 root:{group}`，因此不在该组中的服务 ({users}) 无法打开它们。',
  'dev.nvidia_mode.fix':
    '为 NVIDIA 的 devN 条目添加 mode=0666（与主机上的开放程度相同；驱动会执行自己的检查），或将服务用户加入该组',
  'dev.kfd_gid':
    'ROCm 期望通过 render 组访问 /dev/kfd；此处它属于组 {gid}。对于只属于 render 组的用户，rocminfo/ollama 会报告 `Unable to open /dev/kfd read-write: Permission denied`。',
  'dev.kfd_gid.fix': '为 /dev/kfd 设置容器的 render gid',
  'dev.conflict.twice':
    '`{first}` 和 `{second}` 都直通了 `{path}`；autodev 钩子的第二次 mknod 会遇到已存在的文件，导致启动失败 (`Failed to run autodev hooks`)。',
  'dev.conflict.fix.keep_one': '只保留一个条目',
  'dev.conflict.mount':
    '`{entry}` 与挂载到 `{target}` 的 `lxc.mount.entry` 冲突：LXC 在 autodev 钩子之前执行挂载条目，钩子的 mknod 随后会遇到已存在的文件 (`Could not mknod …: File exists`)，启动失败并报告 `Script exited with status 17`。',
  'dev.conflict.mount_dir':
    '`{entry}` 与挂载到 `{target}` 的 `lxc.mount.entry` 冲突：LXC 在 autodev 钩子之前执行挂载条目，钩子的 mknod 随后会遇到已存在的文件 (`Could not mknod …: File exists`)，启动失败并报告 `Script exited with status 17`。如果绑定的是整个目录，钩子甚至会写入主机上的真实目录。',
  'dev.conflict.fix.remove_bind': '同一节点只用 devN 或原始条目之一，切勿同时使用；移除原始绑定',
  'dev.render_numbering':
    '{count, plural, other {容器中只有 {nodes}。libva 的默认探测从 renderD128 开始 (intel/libva#540)，因此未明确指定设备的 vainfo/ffmpeg 可能会失败。}}',
  'dev.render_numbering.fix':
    '在应用程序中配置设备路径（例如 ffmpeg -vaapi_device {path}、vainfo --display drm --device {path}）',
  'dev.vendor': '{nodes}。',
  'dev.vendor.mismatch': '容器直通了 /dev/kfd (AMD ROCm)，但 render 节点属于另一家厂商。{nodes}。',
  'dev.vendor.fix': '按 by-path 名称直通目标 GPU 的 render 节点',
  'host.gpu_inventory':
    '{gpus}。主机组：render {render}，video {video}（主机的 render gid 因 PVE 版本而异——PVE 7/8 上为 104，PVE 9 上据报告为 993——这也是各种指南说法不一的原因；对 devN 而言，只有容器的 gid 才重要）。',
  'host.gpu_inventory.used':
    '{gpus}。主机组：render {render}，video {video}（主机的 render gid 因 PVE 版本而异——PVE 7/8 上为 104，PVE 9 上据报告为 993——这也是各种指南说法不一的原因；对 devN 而言，只有容器的 gid 才重要）。此容器使用 {used}。',
  'host.gpu_inventory.no_drm':
    '未找到 DRM 设备。主机组：render {render}，video {video}（主机的 render gid 因 PVE 版本而异——PVE 7/8 上为 104，PVE 9 上据报告为 993——这也是各种指南说法不一的原因；对 devN 而言，只有容器的 gid 才重要）。',
  'host.gpu_inventory.no_drm.used':
    '未找到 DRM 设备。主机组：render {render}，video {video}（主机的 render gid 因 PVE 版本而异——PVE 7/8 上为 104，PVE 9 上据报告为 993——这也是各种指南说法不一的原因；对 devN 而言，只有容器的 gid 才重要）。此容器使用 {used}。',
  'host.no_drm_node.vfio':
    'GPU {pci} ({vendor}) 绑定到了 vfio-pci（虚拟机直通），因此主机没有可与容器共享的 /dev/dri 节点。一块 GPU 只能分配给虚拟机或容器，不能同时分配给两者。',
  'host.no_drm_node': 'GPU {pci} ({vendor}) 在主机上没有可用的驱动，因此没有可直通的设备节点。',
  'host.no_drm_node.fix.vfio': '移除 vfio-pci 的 ids= 绑定 / hostpciN 的使用，重建 initramfs 并重启',
  'host.no_drm_node.fix': '为此 GPU 安装并加载主机驱动',
  'host.world_rw_nodes':
    '`{path}` 在主机上的权限为 {mode}。每个主机用户以及每个能看到该节点的容器都可以使用该 GPU。',
  'host.world_rw_nodes.card':
    '`{path}` 在主机上的权限为 {mode}。每个主机用户以及每个能看到该节点的容器都可以使用该 GPU；所有人可写的 card 节点还允许控制显示/KMS。',
  'host.world_rw_nodes.fix': '删除放宽权限模式的规则，并通过 devN 以容器自己的 gid 将节点提供给容器',
  'host.world_rw_nodes.rule': '有一条 udev 规则使主机上的 GPU 节点对所有人可写。',
  'host.world_rw_nodes.fix.rule': '移除该规则；改用 devN 和容器的 gid 直通节点',
  'host.prestart_chown':
    '此钩子在每次容器启动时更改“主机”设备节点的所有者或权限模式 (`{hook}`)。主机上 render/video 组的成员以及所有其他容器都会失去访问权限，直到 udev 将其重置。',
  'host.prestart_chown.fix':
    '删除这些钩子并使用 devN：PVE 会按请求的所有者创建节点的私有副本，而不是更改主机节点',
  'idmap.syntax':
    '`{line}` 无效。LXC 只接受 `u`（用户）和 `g`（组），后跟三个数字，且数量大于 0；PVE 会记录 `failed to parse idmap`，容器将无法启动。',
  'idmap.syntax.fix': '每个范围写一行 u 和一行 g（此处：默认范围）',
  'idmap.deprecated_key': '`lxc.id_map` 是 LXC 3.0 之前的名称；PVE 在每次启动时都会改名并发出警告。',
  'idmap.deprecated_key.fix': '将该键改名为 lxc.idmap',
  'idmap.type_missing.uid':
    '此容器有自定义的 gid 映射，但没有 uid 映射。一旦存在任何 `lxc.idmap` 行，PVE 就不再为两种类型添加默认映射，因此 uid 完全没有映射。',
  'idmap.type_missing.gid':
    '此容器有自定义的 uid 映射，但没有 gid 映射。一旦存在任何 `lxc.idmap` 行，PVE 就不再为两种类型添加默认映射，因此 gid 完全没有映射。',
  'idmap.type_missing.fix.uid': '为 uid 添加完整的默认映射',
  'idmap.type_missing.fix.gid': '为 gid 添加完整的默认映射',
  'idmap.root_unmapped.uid':
    '容器的 root (uid 0) 未映射；LXC 无法建立容器 (`No uid mapping for container root`)。',
  'idmap.root_unmapped.gid':
    '容器的 root (gid 0) 未映射；LXC 无法建立容器 (`No gid mapping for container root`)。',
  'idmap.root_unmapped.fix.uid': '让 uid 映射从 0 开始',
  'idmap.root_unmapped.fix.gid': '让 gid 映射从 0 开始',
  'idmap.overlap.ct_uid':
    "两条 lxc.idmap 行映射了相同的容器 uid {range}（`{first}` 和 `{second}`）。PVE 会警告 `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`；内核拒绝重叠的映射 (`newuidmap: write to uid_map failed: Invalid argument`)，容器无法启动。",
  'idmap.overlap.ct_gid':
    "两条 lxc.idmap 行映射了相同的容器 gid {range}（`{first}` 和 `{second}`）。PVE 会警告 `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`；内核拒绝重叠的映射 (`newgidmap: write to gid_map failed: Invalid argument`)，容器无法启动。",
  'idmap.overlap.host_uid':
    "两条 lxc.idmap 行映射了相同的主机 uid {range}（`{first}` 和 `{second}`）。PVE 会警告 `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`；内核拒绝重叠的映射 (`newuidmap: write to uid_map failed: Invalid argument`)，容器无法启动。",
  'idmap.overlap.host_gid':
    "两条 lxc.idmap 行映射了相同的主机 gid {range}（`{first}` 和 `{second}`）。PVE 会警告 `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`；内核拒绝重叠的映射 (`newgidmap: write to gid_map failed: Invalid argument`)，容器无法启动。",
  'idmap.overlap.fix.uid': '围绕例外项拆分大范围；以下是完整的 uid 块，可直接粘贴',
  'idmap.overlap.fix.gid': '围绕例外项拆分大范围；以下是完整的 gid 块，可直接粘贴',
  'idmap.gap.uid':
    '{count, plural, other {容器 uid {ids} 未映射。}}使用这些 ID 的文件显示为 `nobody`，对其执行 `chown` 会失败并报告 `Invalid argument`。',
  'idmap.gap.gid':
    '{count, plural, other {容器 gid {ids} 未映射。}}使用这些 ID 的文件显示为 `nogroup`，对其执行 `chgrp` 会失败并报告 `Invalid argument`。',
  'idmap.gap.uid_off_by_one':
    '{count, plural, other {容器 uid {ids} 未映射。}}使用这些 ID 的文件显示为 `nobody`，对其执行 `chown` 会失败并报告 `Invalid argument`。可能是在一行结束、下一行开始处差了一位：{hints}。',
  'idmap.gap.gid_off_by_one':
    '{count, plural, other {容器 gid {ids} 未映射。}}使用这些 ID 的文件显示为 `nogroup`，对其执行 `chgrp` 会失败并报告 `Invalid argument`。可能是在一行结束、下一行开始处差了一位：{hints}。',
  'idmap.gap.fix.uid': '扩展相邻的范围；以下是没有空缺的完整 uid 块，可直接粘贴',
  'idmap.gap.fix.gid': '扩展相邻的范围；以下是没有空缺的完整 gid 块，可直接粘贴',
  'idmap.host_root.uid':
    '`{line}` 把主机的 root 用户交给了容器。在容器中以该 ID 运行的任何程序都是主机 root；对于这类映射，LXC 甚至会跳过 /etc/subuid 检查。',
  'idmap.host_root.gid':
    '`{line}` 把主机的 root 组交给了容器。在容器中以该 ID 运行的任何程序都是主机 root；对于这类映射，LXC 甚至会跳过 /etc/subgid 检查。',
  'idmap.host_root.fix': '切勿映射主机 ID 0；改用 devN 直通设备',
  'idmap.passthrough_ids':
    '直通到容器中的主机 ID：{ids}。容器可以打开这些 ID 所拥有的所有主机对象，而它以这些 ID 创建的文件也属于这些主机 ID。',
  'idmap.passthrough_ids.sensitive':
    '直通到容器中的主机 ID：{ids}。容器可以打开这些 ID 所拥有的所有主机对象，而它以这些 ID 创建的文件也属于这些主机 ID。其中至少有一个是主机上的特权组。',
  'idmap.passthrough_ids.fix':
    '要访问 GPU，请优先使用 devN 和容器自己的 gid：无需共享任何主机 ID（1:1 映射仅保留给绑定挂载的数据）',
  'idmap.too_many_ranges.uid': '{count} 个 uid 范围：内核每个映射最多接受 340 个范围。',
  'idmap.too_many_ranges.gid': '{count} 个 gid 范围：内核每个映射最多接受 340 个范围。',
  'idmap.too_many_ranges.fix': '合并相邻的范围',
  'mon.pmu_in_ct.title.nvidia': '此容器内的 GPU 监控',
  'mon.pmu_in_ct.nvidia':
    'NVIDIA 工具（nvidia-smi、nvtop）使用 NVML 而不是 perf PMU，只要库版本一致，它们在容器内就能工作——但在容器内不会列出任何进程 (mon.nvml_pids)。既不需要调低 kernel.perf_event_paranoid，也不需要特权容器，这两者都会削弱整个主机的安全性。此 GPU 选项卡按进程显示容器的使用率，数据在主机上读取并按 cgroup 归属。',
  'mon.pmu_in_ct.privileged':
    '此容器是特权容器，所以 {tool} 能在其中工作——因为它的 root 就是主机的 root。{tool} 通过 perf_event_open() 以 CPU 范围事件的方式读取 GPU 的 PMU。只要 kernel.perf_event_paranoid 大于 0（此处为 {paranoid}），内核就只允许在主机初始用户命名空间中拥有 CAP_PERFMON（或 CAP_SYS_ADMIN）的进程这样做。非特权容器中的 root 只在其自身的用户命名空间内拥有这些权能，因此调用会失败并报告 `Failed to initialize PMU! (Permission denied)`——任何 setcap、lxc.cap.keep、AppArmor 或 seccomp 的更改都无法改变这一点。网上流传的两种“修复”都会削弱整个主机的安全性：调低 kernel.perf_event_paranoid 会向主机及所有容器中的每个进程开放系统范围的性能计数器，而将容器设为特权容器则使其 root 成为主机的 root。此 GPU 选项卡无需这两种做法即可显示此容器相同的各引擎数据：它在主机上从 /proc/<pid>/fdinfo 和 sysfs 读取数据，并按 cgroup 归属。在容器内，基于 fdinfo 的工具（nvtop、amdgpu_top）也能查看其自身的进程。',
  'mon.pmu_in_ct.lowered':
    '{tool} 之所以可能在此容器内工作，只是因为主机上的 kernel.perf_event_paranoid 为 {paranoid} (mon.paranoid_lowered)。{tool} 通过 perf_event_open() 以 CPU 范围事件的方式读取 GPU 的 PMU。只要 kernel.perf_event_paranoid 大于 0（此处为 {paranoid}），内核就只允许在主机初始用户命名空间中拥有 CAP_PERFMON（或 CAP_SYS_ADMIN）的进程这样做。非特权容器中的 root 只在其自身的用户命名空间内拥有这些权能，因此调用会失败并报告 `Failed to initialize PMU! (Permission denied)`——任何 setcap、lxc.cap.keep、AppArmor 或 seccomp 的更改都无法改变这一点。网上流传的两种“修复”都会削弱整个主机的安全性：调低 kernel.perf_event_paranoid 会向主机及所有容器中的每个进程开放系统范围的性能计数器，而将容器设为特权容器则使其 root 成为主机的 root。此 GPU 选项卡无需这两种做法即可显示此容器相同的各引擎数据：它在主机上从 /proc/<pid>/fdinfo 和 sysfs 读取数据，并按 cgroup 归属。在容器内，基于 fdinfo 的工具（nvtop、amdgpu_top）也能查看其自身的进程。',
  'mon.pmu_in_ct.unprivileged':
    '{tool} 无法在此非特权容器内工作。{tool} 通过 perf_event_open() 以 CPU 范围事件的方式读取 GPU 的 PMU。只要 kernel.perf_event_paranoid 大于 0（此处为 {paranoid}），内核就只允许在主机初始用户命名空间中拥有 CAP_PERFMON（或 CAP_SYS_ADMIN）的进程这样做。非特权容器中的 root 只在其自身的用户命名空间内拥有这些权能，因此调用会失败并报告 `Failed to initialize PMU! (Permission denied)`——任何 setcap、lxc.cap.keep、AppArmor 或 seccomp 的更改都无法改变这一点。网上流传的两种“修复”都会削弱整个主机的安全性：调低 kernel.perf_event_paranoid 会向主机及所有容器中的每个进程开放系统范围的性能计数器，而将容器设为特权容器则使其 root 成为主机的 root。此 GPU 选项卡无需这两种做法即可显示此容器相同的各引擎数据：它在主机上从 /proc/<pid>/fdinfo 和 sysfs 读取数据，并按 cgroup 归属。在容器内，基于 fdinfo 的工具（nvtop、amdgpu_top）也能查看其自身的进程。',
  'mon.pmu_in_ct.fix':
    '无需更改：使用此选项卡查看容器的 GPU 使用率。不要调低 perf_event_paranoid，也不要将容器设为特权容器。',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} 使主机及所有容器中的每个进程都能打开系统范围的性能计数器。这很可能是为了让 intel_gpu_top 在容器中工作而设置的；此选项卡无需它即可显示相同的数据。',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} 使主机及所有容器中的每个进程都能打开系统范围的性能计数器；-1 还会允许内核性能分析和原始 tracepoint。这很可能是为了让 intel_gpu_top 在容器中工作而设置的；此选项卡无需它即可显示相同的数据。',
  'mon.paranoid_lowered.fix':
    '移除该覆盖设置（以及 /etc/sysctl.conf 或 /etc/sysctl.d/*.conf 中的相应行），改用主机端监控',
  'mon.nvml_pids':
    '容器内的 `nvidia-smi`/`nvtop` 不显示任何进程：NVIDIA 驱动报告的是主机 PID，而这些 PID 在容器的 PID 命名空间中不存在。利用率和内存总量是正确的；此选项卡会将主机 PID 对应到各个容器。',
  'mon.ineffective_workarounds':
    '以下设置无法让非特权容器使用 Intel PMU：在 CT 内执行 `setcap cap_perfmon`、`lxc.cap.keep`、不受限的 AppArmor 配置文件、空的 seccomp 配置文件，或通过绑定挂载运行主机的二进制文件。内核针对主机的初始用户命名空间检查 CAP_PERFMON，而容器永远不可能拥有它。这些设置只会削弱隔离——请考虑将其移除（参见 sec.*）。',
  'mon.ineffective_workarounds.fix': '撤销这些设置',
  'mount.optional_missing':
    '`{path}` 以 `optional` 方式挂载，但在主机上不存在。LXC 会记录 `Failed to mount "{path}"`，并在没有它的情况下启动容器——设备会悄无声息地消失。',
  'mount.optional_missing.fix':
    '确保源在容器启动前存在 (nv.uvm_lazy, dev.node_renamed)，或改用 devN，它会明确报错而不是静默失败',
  'mount.no_create': '挂载目标 `{target}` 在容器新建的 /dev 中不存在；没有 `create=file` 时绑定会失败。',
  'mount.no_create.optional':
    '挂载目标 `{target}` 在容器新建的 /dev 中不存在；没有 `create=file` 时绑定会失败（由于 optional，失败不会有任何提示）。',
  'mount.no_create.fix': '添加 create=file',
  'mount.create_kind.dir': '`create={create}` 与源 `{path}` 不符，该源是一个目录。',
  'mount.create_kind.file': '`create={create}` 与源 `{path}` 不符，该源是一个设备节点。',
  'mount.create_kind.fix': '使用 create={create}',
  'mount.bad_path.relative_source': '`{path}` 是相对路径的源；它不是主机的 `/{path}`，该挂载会被跳过。',
  'mount.bad_path.absolute_target':
    '目标 `{target}` 是绝对路径；LXC 的挂载目标是相对于容器根目录的 (`{relative}`)。',
  'mount.bad_path.other_dir': '`{node}` 挂载在 `{target}`；应用程序会在 `{dir}` 中查找它。',
  'mount.bad_path.fix': '将 /dev/X 绑定到 dev/X',
  'mount.duplicate': '有两个条目挂载到 `{target}`；后一个会遮盖前一个。',
  'mount.duplicate.fix': '只保留一个',
  'mount.unmapped_owner':
    '`{path}` 在主机上为 `{owner}`。它在容器中显示为 `{ctOwner}`，容器中没有人——甚至 root 也不行——能打开它。',
  'mount.unmapped_owner.gid':
    '`{path}` 在主机上为 `{owner}`。主机 gid {gid} 未映射到此容器中，因此它显示为 `{ctOwner}`，容器中没有人——甚至 root 也不行——能打开它。',
  'mount.unmapped_owner.fix':
    '用 devN 和容器自己的 gid 替换原始条目（PVE 会创建属于该所有者的私有节点）。避免使用 chmod 666 和启动前 chown 钩子。',
  'mount.cosmetic': '结尾的 `{tail}` 来自复制粘贴的指南。glibc 会将其读作 0 0，因此无害。',
  'mount.dri_dir':
    '整个主机 /dev/dri 都可见：所有 GPU、KMS card 节点和 by-path。只有设备 cgroup 允许的节点才可用 (cgroup.not_allowed)；在非特权容器中，除非其所有者已映射，否则它们显示为 nobody:nogroup (mount.unmapped_owner)。',
  'mount.dri_dir.fix': '只用 devN 直通所需的 render 节点',
  'nv.module':
    '内核 {kernel} 未加载 NVIDIA 内核模块，因此 /dev/nvidia* 不存在。使用 devN 的容器将无法启动 (`Device /dev/nvidia0 does not exist`)；原始 optional 挂载的容器会在没有 GPU 的情况下启动。这通常发生在内核升级后 DKMS 未能构建模块时。',
  'nv.module.fix': '为正在运行的内核安装头文件并重新构建模块，然后重启',
  'nv.uvm_lazy.missing_devn':
    '`{path}` 现在不存在。使用 devN 时，缺少节点是致命的：`pct start` 会失败并报告 `Device {path} does not exist`。',
  'nv.uvm_lazy.missing_mount':
    '`{path}` 现在不存在。使用 optional 原始挂载时，容器会在没有它的情况下启动，而容器内的 CUDA 会失败。',
  'nv.uvm_lazy.module_only_devn':
    '此主机上没有任何东西在启动时创建 `{path}`（nvidia_uvm 由 modules-load.d 加载，但节点要到首次使用 CUDA 时才会出现）。使用 devN 时，缺少节点是致命的：`pct start` 会失败并报告 `Device {path} does not exist`。',
  'nv.uvm_lazy.module_only_mount':
    '此主机上没有任何东西在启动时创建 `{path}`（nvidia_uvm 由 modules-load.d 加载，但节点要到首次使用 CUDA 时才会出现）。使用 optional 原始挂载时，容器会在没有它的情况下启动，而容器内的 CUDA 会失败。',
  'nv.uvm_lazy.no_creator_devn':
    '此主机上没有任何东西在启动时创建 `{path}`。使用 devN 时，缺少节点是致命的：`pct start` 会失败并报告 `Device {path} does not exist`。',
  'nv.uvm_lazy.no_creator_mount':
    '此主机上没有任何东西在启动时创建 `{path}`。使用 optional 原始挂载时，容器会在没有它的情况下启动，而容器内的 CUDA 会失败。',
  'nv.uvm_lazy.fix': '在启动时加载 nvidia_uvm，并用 udev 规则创建其节点（或启用 nvidia-persistenced）',
  'nv.node_set.no_ctl': '容器有 /dev/nvidia<N>，但没有 /dev/nvidiactl；驱动需要两者。',
  'nv.node_set.no_gpu': '容器有 /dev/nvidiactl，但没有 /dev/nvidia<N> GPU 节点。',
  'nv.node_set.fix.add': '添加 {path}',
  'nv.node_set.no_uvm':
    '没有 /dev/nvidia-uvm：NVENC/NVDEC 可以工作，但 CUDA（ollama、immich-ml、TensorRT）需要它。',
  'nv.node_set.fix.uvm': '添加 /dev/nvidia-uvm（并确保它在启动时存在，nv.uvm_lazy）',
  'nv.version_mismatch.no_libs':
    '在容器中未找到 NVIDIA 用户空间库（libnvidia-ml、libcuda）；请安装 {version} 版本，但不要安装内核模块。',
  'nv.version_mismatch.fix.install': '在容器内安装相匹配的用户空间驱动',
  'nv.version_mismatch':
    '主机驱动为 {version}，容器中的库为 {libs} → `Failed to initialize NVML: Driver/library version mismatch`。每次主机驱动更新后都会出现这种情况。',
  'nv.version_mismatch.fix': '在容器内安装相同版本，但不包括内核部分；固定主机驱动版本以避免版本漂移',
  'nv.kernel_pkgs_in_ct':
    '容器中有 NVIDIA 内核模块软件包 ({packages})；容器无法加载模块，而且每次更新时 DKMS 构建都会失败。',
  'nv.kernel_pkgs_in_ct.fix': '移除它们；只保留用户空间库',
  'nv.ctk_cgroups':
    '此非特权容器内的 Docker 无法管理设备 cgroup；较旧版本的 toolkit 会失败并报告 `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`。',
  'nv.ctk_cgroups.fix':
    '在 [nvidia-container-cli] 中设置 no-cgroups = true，并将设备节点明确传递给 Docker 容器',
  'sec.privileged_gpu':
    '此特权容器以主机 root 身份运行，并拥有 GPU。自 PVE 8.1 起，devN 可将 GPU 直通给非特权容器；LXC 认为特权容器是不安全的，不会将从其中逃逸视为安全问题。',
  'sec.privileged_gpu.fix': '备份后以非特权容器方式还原，然后用 devN 和容器的 gid 直通 GPU',
  'sec.apparmor_unconfined':
    'AppArmor 限制已关闭。GPU 直通并不需要这样做；这通常是从 Docker-in-LXC 指南中复制来的。',
  'sec.apparmor_unconfined.privileged':
    '特权容器中的 AppArmor 限制已关闭，而其 root 就是主机的 root。GPU 直通并不需要这样做；这通常是从 Docker-in-LXC 指南中复制来的。',
  'sec.apparmor_unconfined.fix': '移除该行；对于 Docker，请使用“features: nesting=1,keyctl=1”',
  'sec.seccomp_off.replaced':
    '容器的系统调用过滤器已被替换。PVE 因此会跳过它自己生成的规则 (`explicitly configured lxc.seccomp.profile overrides the following settings`)。GPU 使用并不需要这样做。',
  'sec.seccomp_off.disabled':
    '容器的系统调用过滤器已被禁用。PVE 因此会跳过它自己生成的规则 (`explicitly configured lxc.seccomp.profile overrides the following settings`)，而 LXC 的 common.seccomp（阻止模块加载、kexec_load、open_by_handle_at）也不复存在。GPU 使用并不需要这样做。',
  'sec.cap_drop_empty':
    '空的 lxc.cap.drop 在这里没有任何作用：对于非特权容器，LXC 的 userns.conf 本来就在用户命名空间内以完整的权能集启动。',
  'sec.cap_drop_empty.privileged':
    '空的 lxc.cap.drop 会保留 LXC 的 common.conf 原本丢弃的 sys_module、sys_rawio、sys_time、mac_admin 和 mac_override：容器的 root 可以加载内核模块并访问主机上的原始 I/O。',
  'sec.cap_keep':
    '`lxc.cap.keep` 只限制容器在其自身用户命名空间内保留哪些权能；它无法在主机上添加 CAP_PERFMON/CAP_SYS_ADMIN。如果遗漏了所需的权能，它可能会破坏容器的 init。',
  'sec.cap_keep.privileged': '特权容器中的 `lxc.cap.keep` 会替换 LXC 的丢弃列表。',
  'sec.cap_keep.privileged_dangerous':
    '特权容器中的 `lxc.cap.keep` 会保留 sys_admin/sys_module/sys_rawio 等主机级权能。',
  'sec.system_dir_bind':
    '`{path}` 将主机系统目录共享给了容器。pct.adoc：“切勿将 /、/var 或 /etc 等系统目录绑定挂载到容器中——这会带来很大的安全风险。”在此非特权容器中，主机 root 拥有的文件无法被修改，但主机的二进制文件及其版本会暴露出来。',
  'sec.system_dir_bind.privileged':
    '`{path}` 将主机系统目录共享给了容器。pct.adoc：“切勿将 /、/var 或 /etc 等系统目录绑定挂载到容器中——这会带来很大的安全风险。”在此特权容器中，它可以替换主机文件。',
  'sec.system_dir_bind.fix': '在容器内安装所需的工具；只绑定专用的数据目录（例如 /mnt/bindmounts 下的目录）',
  'sec.proc_sys_rw': '/proc/sys 或 /sys 在容器中可写。',
  'sec.proc_sys_rw.privileged': '/proc/sys 或 /sys 在容器中可写；在特权容器中，这会更改主机的内核设置。',
  'sec.proc_sys_rw.fix': '移除该行；确实需要时使用“features”标志 (force_rw_sys=1)',
  'sec.host_binary_bind':
    '`{path}` 是绑定到容器中的主机二进制文件/库；它必须与容器的 libc 匹配，并会在主机升级时悄无声息地失效。',
  'sec.host_binary_bind.fix': '在容器内安装相匹配的软件包 (nv.version_mismatch)',
  'intel.huc':
    '{pci} 上未加载 HuC 固件，因此低功耗 (VDEnc) 编码不可用；在仅支持 LP 的 GPU（Jasper Lake、Elkhart Lake、Arc、Meteor Lake 及更新型号）上，这意味着完全没有 H.264/HEVC 硬件编码。',
  'intel.huc.forced':
    '{pci} 上未加载 HuC 固件，因此低功耗 (VDEnc) 编码不可用；在仅支持 LP 的 GPU（Jasper Lake、Elkhart Lake、Arc、Meteor Lake 及更新型号）上，这意味着完全没有 H.264/HEVC 硬件编码。i915 被强制设为 enable_guc={value}。',
  'intel.huc.fix':
    '保持 pve-firmware 为最新；只在需要的旧平台上设置 enable_guc=2（默认值为 3 的平台上切勿设置），然后更新 initramfs 并重启',
  'intel.sriov_vf':
    '`{path}` 属于 SR-IOV 虚拟功能：i915 PMU 在 VF 上不可用 (`PMU not supported for this GPU`)，因此只能在物理功能上读取引擎繁忙度。',
  'intel.sriov_vf.fix': '在主机上监控物理功能',
  'amd.kfd': 'VA-API 只需要 render 节点，但 ROCm/HIP（ollama、PyTorch）还需要 /dev/kfd。',
  'amd.kfd.compute':
    'VA-API 只需要 render 节点，但 ROCm/HIP（ollama、PyTorch）还需要 /dev/kfd，而此容器看起来运行的是计算负载。',
  'amd.kfd.fix': '以容器的 render gid 直通 /dev/kfd',
  'subid.not_allowed.uid':
    '`{file}` 不允许 root 映射主机 uid {ids}（`lxc.idmap: {entry}` 需要）。容器将无法启动：`newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.gid':
    '`{file}` 不允许 root 映射主机 gid {ids}（`lxc.idmap: {entry}` 需要）。容器将无法启动：`newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.no_file_uid':
    '`{file}` 不存在（`lxc.idmap: {entry}` 需要）。容器将无法启动：`newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.no_file_gid':
    '`{file}` 不存在（`lxc.idmap: {entry}` 需要）。容器将无法启动：`newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.fix': '追加到 {file}（无需重启主机；重启容器即可）',
  'subid.typo_file': '没有任何程序读取 `{file}`；newuidmap/newgidmap 读取的是 `{right}`。',
  'subid.typo_file.fix': '将其中的行移到 {right}',
  'subid.nss': '此主机上的从属 ID 来自 NSS 模块；面板无法通过 /etc/subuid 和 /etc/subgid 验证它们。',
  'check.pass': '没有需要报告的内容。',
  'check.could_not_run': '此检查无法运行：{error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` 是 cgroup v1 键。此主机使用 cgroup v2，因此该行不起作用——而且非特权容器本来就不需要允许规则：自 PVE 7.0 起，其设备 cgroup 允许所有设备，由节点的所有者和权限模式决定访问。PVE 会记录 `{key} is deprecated, this will be a hard error in the future!`。',
  'cgroup.not_allowed.denied':
    '{count, plural, other {{nodes} 被 `{line}` 阻止：文件在容器中可见，但每次 open() 都返回 `Operation not permitted`。}}',
  'cgroup.not_allowed.fix.deny': '移除该拒绝行（或缩小其范围，使其不再匹配该设备）',
  'cgroup.allow_all.unprivileged':
    '自 PVE 7.0 起，`lxc.cgroup2.devices.allow: a` 已是非特权容器的默认设置（pve-container 的 userns.conf.d/01-pve.conf）：该行没有任何作用。容器能打开什么由节点的所有者和权限模式决定。',
  'cgroup.not_allowed.not_needed':
    '{count, plural, other {{nodes} 已挂载，但设备 cgroup 不允许访问：open() 返回 `Operation not permitted`。容器的 VA-API 或计算不需要它们。}}',
  'subid.not_allowed.many_uid':
    '{count, plural, other {`{file}` 不允许 root 映射 ID 映射所需的 {count} 个主机 uid 范围：{ids}。}}容器将无法启动：`newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'subid.not_allowed.many_gid':
    '{count, plural, other {`{file}` 不允许 root 映射 ID 映射所需的 {count} 个主机 gid 范围：{ids}。}}容器将无法启动：`newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`。',
  'ct.vaapi_driver.docker':
    'Docker 在此容器内运行，而容器本身没有 VA-API 驱动。Docker 镜像中的媒体应用程序（Jellyfin、Frigate、Plex）自带驱动，此面板无法看到；如果应用程序报告没有硬件解码，请在其镜像内检查。',
  'ct.vaapi_driver.fix.docker': '在应用程序的 Docker 容器内运行 vainfo',
  'ct.config_syntax.duplicate': '`{key}` 被设置了两次（第 {first} 行和第 {line} 行）；PVE 只保留最后一个。',
  'ct.config_syntax.inline_comment':
    '第 {line} 行：`{key}` 的值带有行内 `#` 注释。PVE 和 LXC 不会将其去除：它会成为值的一部分。',
  'idmap.mark.ct_group': '{name}（容器）',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': '共享 → 主机 {host}',
  'idmap.mark.passthrough_named': '共享 → 主机 {host}（{name}）',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': '加速器的驱动已在主机上加载',
  'acc.usb_single_device.title': 'USB 加速器按总线传递，而不是按单个设备号',
  'acc.usb_access.title': '容器可以打开 Coral USB',
  'acc.driver.coral':
    '主机上缺少：{paths}。卡存在（{pci}），但 Coral PCIe 驱动（`apex`，依赖 `gasket`）未加载。Google 的 `gasket-dkms` 软件包在 6.5 及更新的内核上无法编译，因此内核更新后模块经常丢失。',
  'acc.driver.coral_no_card':
    '主机上缺少：{paths}。PCI 总线上看不到 Coral PCIe 卡，其驱动（`apex`）也未加载。',
  'acc.driver.hailo': '主机上缺少：{paths}。卡存在（{pci}），但 Hailo PCIe 驱动（`hailo_pci`）未加载。',
  'acc.driver.hailo_no_card': '主机上缺少：{paths}。PCI 总线上看不到 Hailo 卡，`hailo_pci` 也未加载。',
  'acc.driver.npu_intel':
    '主机上缺少：{paths}。NPU 存在（{pci}），但 Intel NPU 驱动（`intel_vpu`，需 Linux 6.3 或更新并带 NPU 固件）未加载。',
  'acc.driver.npu_amd':
    '主机上缺少：{paths}。NPU 存在（{pci}），但 AMD NPU 驱动（`amdxdna`，需 Linux 6.14 或更新）未加载。',
  'acc.driver.npu':
    '主机上缺少：{paths}。没有加载任何 NPU 驱动（`intel_vpu`、`amdxdna`），PCI 总线上也看不到 NPU。',
  'acc.driver.kfd': '主机上缺少：{paths}。提供 ROCm `/dev/kfd` 的 `amdgpu` 未加载。',
  'acc.driver.unbound':
    '主机上缺少：{paths}。位于 {pci} 的卡（{id}）未绑定到 `{module}`（已绑定的驱动：{driver}）：它被其他型号的驱动占用，或者没有任何驱动。',
  'acc.driver.fix.coral':
    '为当前运行的内核编译 Coral 驱动（能在其上编译的 `gasket-dkms`，例如 feranick/gasket-driver 的软件包，以及内核头文件），然后加载 `apex`',
  'acc.driver.fix.hailo': '安装与容器所用 HailoRT 版本一致的 `hailort-pcie-driver`，然后加载 `{module}`',
  'acc.driver.fix.npu': '加载 `{module}`（`dmesg` 会指出缺少的 NPU 固件）',
  'acc.driver.fix.kfd': '加载 `amdgpu`；`/dev/kfd` 随之出现',
  'acc.usb_single_device':
    '{path}（{id}）作为单个 USB 设备节点传入：每次重新插拔设备或主机重启，其编号都会改变，之后该条目会指向不存在的节点或另一个设备。',
  'acc.usb_single_device.coral':
    '{path} 是一个 Coral USB（{id}），作为单个设备节点传入。Coral 在加载固件时会重新枚举（1a6e:089a "Global Unichip" 变为 18d1:9302 "Google"）并获得新的设备号，因此容器中的节点会过时，找不到 Edge TPU。',
  'acc.usb_single_device.moved':
    '{path} 已不存在：Coral USB 已重新枚举，现在是 {now}（{id}）。单设备条目无法跟随它：容器无法启动（devN），或启动后没有 TPU（绑定挂载）。',
  'acc.usb_single_device.gone': '{path} 已不存在：USB 设备号在每次重新枚举、重新插拔和重启时都会改变。',
  'acc.usb_single_device.fix': '改为绑定整个 USB 总线目录，使设备无论获得哪个编号都能访问',
  'acc.usb_single_device.fix.coral':
    '改为绑定整个 USB 总线目录，并在主机上添加 udev 规则，使非特权容器能打开 Coral 的两个 ID',
  'acc.usb_access':
    '{path}（Coral USB，{id}）在主机上为 {owner}；非特权容器看到的是 {ctOwner}，无法以写方式打开，因此 libedgetpu 找不到 Edge TPU。重新枚举后的节点也是同样的属主。',
  'acc.usb_access.fix':
    '在主机上添加 udev 规则，为 Coral USB 的两个 ID（1a6e:089a 和 18d1:9302）设置模式 0666，然后重新触发 udev',
  'acc.usb_access.minor':
    '设备 cgroup 只允许 {path} 以 {devt}（Coral USB 当前的编号）通过。当它重新枚举时（1a6e:089a 变为 18d1:9302），会获得总线上的下一个编号，容器中的 open() 将以 EPERM 失败。',
  'acc.usb_access.fix.minor': '允许所有 USB 设备编号（主设备号 189），而不是单个编号',
  'acc.driver.hailo_other':
    '主机上缺少：{paths}。已加载 `{other}`，但它驱动的是 Hailo-10H；这张卡（{pci}，Hailo-8/8L）需要 `hailo_pci`，而它未加载。',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': '钩子和 hookscript 对设备做了什么',
  'ct.hook_script.ops':
    '`{hook}` 在容器启动前运行，并对设备执行以下操作：{ops}。检查按其运行后的状态评判节点。',
  'ct.hook_script.opaque':
    '`{hook}` 对设备执行了本面板无法跟踪的操作（{lines}）。关于相关节点的结论取决于它实际做了什么。',
  'ct.hook_script.unreadable':
    '无法完整读取 `{hook}` 的脚本（{path}）。关于设备节点的结论取决于它实际做了什么。',
  'ct.hook_script.missing': '`{hook}`：{path} 不存在或不是普通文件。PVE 或 LXC 无法运行它，容器无法启动。',
  'ct.hook_script.not_executable':
    '`{hook}`：{path} 不可执行。PVE 或 LXC 无法运行它（`is not executable`），容器无法启动。',
  'ct.hook_script.fix.missing': '恢复脚本并使其可执行，或删除该钩子',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, other {`{hook}` 在非特权容器内用 mknod 创建 {nodes}。其用户命名空间不能创建设备节点（`Operation not permitted`），因此节点不存在。}}',
  'ct.hook_script.fix.devn': '改用 devN 条目传递这些节点：PVE 会在容器中创建它们',
  'ct.hook_script.mknod_blocked':
    '{count, plural, other {钩子创建了 {nodes}，但设备 cgroup 不允许访问：open() 返回 `Operation not permitted`。}}',
  'nv.lxc_hook.title': 'LXC 的 nvidia 钩子可以运行',
  'nv.lxc_hook':
    'LXC 的 nvidia 钩子在每次启动时把 NVIDIA 设备节点（{devices}）和主机驱动的库绑定到容器中（`nvidia-container-cli`），因此容器的驱动库始终与主机的内核模块一致。',
  'nv.lxc_hook.missing': '此主机上不存在 {path}：mount 钩子无法运行，容器无法启动。',
  'nv.lxc_hook.not_mount':
    'LXC 的 nvidia 钩子被设为 `{key}`。它只能作为 `lxc.hook.mount` 使用，否则会以 `This hook must be used as a "mount" hook` 退出：容器无法启动。',
  'nv.lxc_hook.privileged':
    'LXC 的 nvidia 钩子只适用于非特权容器（`This hook currently only works in unprivileged mode`）。在这个特权容器中它会失败，容器无法启动。',
  'nv.lxc_hook.no_cli':
    'LXC 的 nvidia 钩子会运行 `nvidia-container-cli`，但此主机上没有它（`Missing tool nvidia-container-cli`）：容器无法启动。',
  'nv.lxc_hook.no_env':
    '除非 `lxc.environment` 把 `NVIDIA_VISIBLE_DEVICES` 设为空或 `void` 以外的值，LXC 的 nvidia 钩子什么也不做：没有任何 NVIDIA 节点或库进入容器。',
  'nv.lxc_hook.fix.cli': '安装提供它的软件包',
  'nv.lxc_hook.fix.mount': '将该钩子用作 mount 钩子',
  'nv.lxc_hook.fix.privileged': '删除该钩子并用 devN 传递 NVIDIA 节点，或使用非特权容器',
  'nv.lxc_hook.fix.env': '设置钩子读取的变量',
  'ct.generated_config.title': 'LXC 在上次启动时应用的内容',
  'ct.generated_config.extra':
    '{count, plural, other {LXC 在上次启动时应用了 {count} 行配置中没有的内容（由钩子写入，或之后已被删除）：{lines}。}} 此运行中容器的检查以 LXC 实际应用的内容为准（`/var/lib/lxc/{vmid}/config`）。',
  'ct.generated_config.not_applied':
    '{count, plural, other {配置中有 {count} 行在上次启动时未被应用（之后才添加）：{lines}。重启容器后生效；在此之前，检查按没有这些行的情况评判容器。}}',
  'ct.generated_config.hookscript':
    '{count, plural, other {hookscript {script} 每次启动时向生成的配置追加 {count} 行：{lines}。检查将其视为已应用。}}',
  'ct.read_limits.title': '容器内的文件已完整读取',
  'ct.read_limits':
    '{count, plural, other {容器内有 {count} 个文件无法完整读取：{paths}。}} {checks} 的结论基于已读取的内容，可能有误。',
  'ct.config_syntax.lxc_unknown_key':
    '第 {line} 行：`{key}` 不是 PVE 会传给 LXC 的键。PVE 会丢弃该行（`unable to parse config`），因此它不起作用。',
  'ct.config_syntax.lxc_removed_key':
    '第 {line} 行：`{key}` 已在 LXC 3.0 中移除（现为 `{new}`）。PVE 会照样传递，而 LXC 拒绝启动容器。',
  'ct.config_syntax.cgroup_key':
    '第 {line} 行：`{key}` 不是设备规则的键（`lxc.cgroup2.devices.allow` 或 `lxc.cgroup2.devices.deny`）。LXC 无法应用它，容器无法启动。',
  'ct.config_syntax.cgroup_rule':
    '第 {line} 行：`{value}` 不是 LXC 能解析的设备规则（`a`，或 `c`、`b` 后跟 `major:minor` 和 `rwm`）。容器无法启动。',
  'ct.config_syntax.mount_fields':
    '第 {line} 行：`{value}` 少于挂载条目的四个字段（源、目标、类型、选项）。挂载失败，容器无法启动。',
  'host.prestart_chown.fix.script':
    '从 {script} 中删除这些命令，并用 devN 传递节点：PVE 会按你要求的属主为容器创建每个节点的专用副本',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': '容器可以打开 MIG 实例',
  'nv.mig_caps.none':
    '{gpu} 已启用 MIG（{count, plural, other {{count} 个 GPU 实例}}：{instances}），但容器没有它们的任何 capability 节点。仅凭 {gpu}，CUDA 找不到设备：MIG 实例要通过其 GPU 实例的访问节点和其某个计算实例的访问节点 `/dev/nvidia-caps/nvidia-cap<minor>` 打开（次设备号见 `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`）。',
  'nv.mig_caps.half':
    '容器只有 {gpu} 的 GPU 实例 {gi} 的一部分；缺少：{nodes}。MIG 实例需要其 GPU 实例的访问节点以及其某个计算实例的访问节点。',
  'nv.mig_caps.blocked':
    '{count, plural, other {MIG capability 节点 {nodes} 已绑定，但设备 cgroup 不允许访问}}：CUDA 无法打开 {gpu} 的任何实例。',
  'nv.mig_caps.fix.add': '传入 GPU 实例 {gi} 及其计算实例 {ci} 的访问节点',
  'nv.mig_caps.fix.allow': '在设备 cgroup 中允许这些 capability 节点',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': '此 GPU 尚无采样。',
  'collector.msg.stale': '已有 {seconds} 秒没有有效采样：这些数值来自那时。',
  'collector.msg.stale_why': '已有 {seconds} 秒没有有效采样（{why}）：这些数值来自那时。',
  'collector.msg.suspended': 'GPU 处于运行时挂起（空闲）状态；不会为了读取而唤醒它。',
  'collector.msg.legacy_amdgpu':
    '此内核输出 5.19 之前的 amdgpu fdinfo 格式（Linux 5.14–5.18，例如 PVE 7.2–7.4）：不支持按进程统计使用率；请升级到 PVE 8 的内核。',
  'collector.msg.fdinfo_denied':
    '{count, plural, other {有 {count} 个进程无法读取（权限被拒绝）：请以 root 运行该服务。}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, other {有 {count} 个进程持有位于无响应文件系统（卡住的 FUSE 或 NFS 挂载）上的文件；这些文件已跳过。}}',
  'collector.msg.nvidia_starting': '正在启动 nvidia-smi。',
  'collector.msg.nvidia_missing_package':
    '未找到 {command}：此主机上没有 NVIDIA 驱动工具（Debian 软件包 `nvidia-smi`）。',
  'collector.msg.nvidia_missing': '未找到 {command}。',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` 失败（{error}）。',
  'collector.msg.nvidia_no_index_fields': 'nvidia-smi 缺少查询字段 `index` 和 `pci.bus_id`。',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} 已退出（{why}）；{seconds} 秒后重启。',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} 不再响应；正在重启。',
  'collector.msg.nvidia_mismatch':
    'NVIDIA 驱动与库的版本不匹配：已加载的内核模块与已安装的库不同——通常发生在升级驱动后未重启时。请重启主机（或重新加载 nvidia 模块）。',
  'collector.msg.nvidia_mismatch_versions':
    'NVIDIA 驱动与库的版本不匹配（用户空间 NVML {nvml}，已加载的内核模块 {module}）：已加载的内核模块与已安装的库不同——通常发生在升级驱动后未重启时。请重启主机（或重新加载 nvidia 模块）。',
  'collector.msg.nvidia_mismatch_nvml':
    'NVIDIA 驱动与库的版本不匹配（用户空间 NVML {nvml}）：已加载的内核模块与已安装的库不同——通常发生在升级驱动后未重启时。请重启主机（或重新加载 nvidia 模块）。',
  'collector.msg.nvidia_no_devices': 'nvidia-smi 在此主机上没有找到 NVIDIA GPU。',
  'collector.msg.nvidia_no_driver': 'nvidia-smi 无法与 NVIDIA 驱动通信：内核模块未加载。',
  'collector.msg.nvidia_bad_field': 'nvidia-smi 拒绝了一个查询字段：{line}',
  'collector.msg.nvidia_failed': 'nvidia-smi 失败：{line}',
  'collector.msg.pmon_unsupported': '此 GPU 不支持 nvidia-smi pmon。',
  'collector.msg.pmon_unsupported_memory':
    '对于这些 GPU，nvidia-smi pmon 回答 "Not supported on the device(s)"（部分 GeForce、vGPU 和 MIG 配置）：按进程的使用率未知；按进程的显存来自 `--query-compute-apps`，整块 GPU 照常测量。',
  'collector.msg.nvidia_not_listed': 'nvidia-smi 未列出此 GPU。',
  'collector.msg.nvidia_not_running': 'nvidia-smi 未为此 GPU 运行。',
  'collector.msg.nvidia_gpu_stale': 'nvidia-smi 已有 {seconds} 秒未报告此 GPU：这些数值来自那时。',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'nvidia-smi {name} 在 {seconds} 秒内没有任何输出；将以更长的等待时间重启。未启用持久模式时，驱动程序会在第一个程序打开 GPU 时才初始化它们，这可能需要数十秒：请运行 `nvidia-persistenced`。',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': '不存在',
  'evidence.exists': '存在',
  'evidence.pve_default_map': 'PVE 默认映射 (`unprivileged: 1`)：{map}',
  'evidence.subid_no_root': '没有 root 的条目',
  'evidence.idmap_lines.uid': '{count, plural, other {{count} 行 uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid': '{count, plural, other {{count} 行 gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2（统一层级）',
  'evidence.cgroup.hybrid': 'cgroup v1 与 v2 并存（混合模式）',
  'evidence.cgroup.unknown': '无法识别的 cgroup 布局',
  'evidence.apparmor.enabled': 'AppArmor 已启用',
  'evidence.apparmor.disabled': 'AppArmor 已禁用',
  'evidence.no_driver': '未绑定驱动',
  'evidence.pci_no_driver': '{id}：未绑定驱动',
  'evidence.node.char': '字符设备 {devt}',
  'evidence.node.block': '块设备 {devt}',
  'evidence.node.file': '普通文件，不是设备节点',
  'evidence.node.dir': '目录，不是设备节点',
  'evidence.no_group_gid': '没有 gid 为 {gid} 的组',
  'evidence.no_group_name': '没有 {group} 组',
  'evidence.uvm_listed': '已列出 `nvidia_uvm`',
  'evidence.uvm_not_listed': '未列出 `nvidia_uvm`',
  'evidence.no_cgroups_unset': '未设置 `no-cgroups`',
  'evidence.docker_dir': '存在 Docker 数据目录',
  'evidence.no_vaapi_driver': '没有 VA-API 驱动（`*_drv_video.so`）',
  'evidence.read.denied': '权限被拒绝',
  'evidence.read.not_regular': '不是普通文件',
  'evidence.read.not_directory': '不是目录',
  'evidence.read.symlink': '符号链接，未跟随',
  'evidence.read.error': '读取错误',
  'evidence.read.timeout': '在时限内没有响应',
  'evidence.read.truncated': '超过大小上限，仅读取了一部分',
  'evidence.unreadable': '无法读取',
  'evidence.module_not_loaded': '模块未加载',
  'evidence.privileged_config': '既没有 `unprivileged: 1` 也没有 `lxc.idmap`',
  'evidence.hook.not_executable': '不可执行',
  'evidence.hook.too_big': '超过大小上限，未读取',
  'evidence.hook.storage': '其存储不是目录类型：无法定位该文件',
  'evidence.unprivileged_ct': '非特权容器',
  'evidence.privileged_ct': '特权容器',
  'evidence.nvidia_nodes_passed': '已直通 NVIDIA 设备节点',
  'evidence.no_caps_major': '没有 `nvidia-caps` 行',
};
