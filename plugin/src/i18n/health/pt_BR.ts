// SPDX-License-Identifier: AGPL-3.0-or-later
// Português (Brasil): the health messages (ids and English of api-shim/src/api/health-messages.ts).
// `code` spans stay as in English: they are config keys, commands and log lines.
export default {
  'cgroup.v1_key.title': 'Nenhuma chave de cgroup v1',
  'cgroup.not_allowed.title': 'O cgroup de dispositivos permite todos os nós vinculados',
  'cgroup.stale_major.title': 'Os números major permitidos correspondem aos dispositivos atuais',
  'cgroup.allow_all.title': 'Nenhuma regra que permite todos os dispositivos',
  'cgroup.redundant.title': 'Nenhuma regra de permissão para nós não vinculados',
  'ct.config_syntax.title': 'Todas as linhas da configuração são válidas',
  'ct.pending.title': 'Alterações pendentes',
  'ct.node_check.title': 'Os nós dentro do contêiner são os dispositivos do host',
  'ct.service_user_groups.title': 'Os usuários de serviço conseguem abrir a GPU',
  'ct.group_collision.title': 'Um único grupo render e um único grupo video',
  'ct.vaapi_driver.title': 'Um driver VA-API para a GPU está instalado',
  'dev.path_missing.title': 'Os caminhos de dispositivos repassados existem no host',
  'dev.not_device.title': 'Os caminhos repassados são nós de dispositivo',
  'dev.node_renamed.title': 'Nomes estáveis dos nós da GPU',
  'dev.bypath.title': 'Nós by-path aparecem com o nome by-path',
  'dev.gid_default.title': 'As entradas devN de GPU definem um grupo',
  'dev.gid_wrong_group.title': 'O grupo em devN é o grupo render/video do contêiner',
  'dev.id_unmapped.title': 'O uid/gid de devN está mapeado',
  'dev.nvidia_mode.title': 'Os nós NVIDIA podem ser usados pelos serviços do contêiner',
  'dev.kfd_gid.title': '/dev/kfd pertence ao grupo render',
  'dev.conflict.title': 'Nenhum nó é repassado duas vezes',
  'dev.render_numbering.title': 'renderD128 existe para a detecção padrão',
  'dev.vendor.title': 'A qual GPU pertence cada nó repassado',
  'host.gpu_inventory.title': 'GPUs do host e seus nós',
  'host.no_drm_node.title': 'Toda GPU do host tem driver e nós',
  'host.world_rw_nodes.title': 'Os nós da GPU não são graváveis por todos no host',
  'host.prestart_chown.title': 'Hooks não mudam o dono dos nós de dispositivo do host',
  'idmap.syntax.title': 'As linhas lxc.idmap são válidas',
  'idmap.deprecated_key.title': 'Nome da chave lxc.idmap',
  'idmap.type_missing.title': 'O mapa personalizado tem linhas de uid e de gid',
  'idmap.root_unmapped.title': 'O root do contêiner está mapeado',
  'idmap.overlap.title': 'Nenhum ID é mapeado duas vezes',
  'idmap.gap.title': 'Todos os IDs 0–65535 do contêiner estão mapeados',
  'idmap.host_root.title': 'O root do host não está mapeado no contêiner',
  'idmap.passthrough_ids.title': 'IDs do host compartilhados com o contêiner',
  'idmap.too_many_ranges.title': 'No máximo 340 intervalos por tipo de ID',
  'mon.pmu_in_ct.title': 'Por que monitores de GPU (intel_gpu_top) falham neste contêiner',
  'mon.paranoid_lowered.title': 'kernel.perf_event_paranoid não foi reduzido',
  'mon.nvml_pids.title': 'nvidia-smi não mostra processos dentro do contêiner',
  'mon.ineffective_workarounds.title': 'Configurações que não ajudam no acesso à PMU',
  'mount.optional_missing.title': 'As origens opcionais de bind existem',
  'mount.no_create.title': 'Binds em /dev criam o seu destino',
  'mount.create_kind.title': 'create= corresponde à origem',
  'mount.bad_path.title': 'Origens e destinos de bind são bem formados',
  'mount.duplicate.title': 'Nenhum par de binds compartilha o mesmo destino',
  'mount.unmapped_owner.title': 'Os nós vinculados podem ser usados dentro do contêiner',
  'mount.cosmetic.title': 'As linhas de bind terminam corretamente',
  'mount.dri_dir.title': 'Só os nós DRM necessários são vinculados',
  'nv.module.title': 'O módulo do kernel da NVIDIA está carregado',
  'nv.uvm_lazy.title': '/dev/nvidia-uvm existe a cada boot',
  'nv.node_set.title': 'O conjunto de nós NVIDIA está completo',
  'nv.version_mismatch.title': 'As bibliotecas NVIDIA do contêiner correspondem ao driver do host',
  'nv.kernel_pkgs_in_ct.title': 'Nenhum pacote de kernel NVIDIA no contêiner',
  'nv.ctk_cgroups.title': 'O NVIDIA Container Toolkit funciona em um CT sem privilégios',
  'sec.privileged_gpu.title': 'Contêineres com GPU são sem privilégios',
  'sec.apparmor_unconfined.title': 'O confinamento do AppArmor está ativo',
  'sec.seccomp_off.title': 'O filtro de chamadas de sistema está intacto',
  'sec.cap_drop_empty.title': 'As remoções de capabilities do LXC são mantidas',
  'sec.cap_keep.title': 'Nenhum lxc.cap.keep',
  'sec.system_dir_bind.title': 'Nenhum diretório de sistema do host no contêiner',
  'sec.proc_sys_rw.title': '/proc e /sys não são graváveis',
  'sec.host_binary_bind.title': 'Nenhum binário ou biblioteca do host vinculado',
  'subid.not_allowed.title': '/etc/subuid e /etc/subgid permitem o mapa',
  'subid.typo_file.title': 'Nenhum arquivo de IDs subordinados com nome errado',
  'subid.nss.title': 'Os IDs subordinados vêm dos arquivos',
  'intel.huc.title': 'O firmware HuC está carregado (codificação de baixo consumo)',
  'intel.sriov_vf.title': 'Funções virtuais SR-IOV',
  'amd.kfd.title': 'O ROCm tem /dev/kfd',
  'fix.remove_line': 'Remova a linha',
  'fix.optional_cleanup': 'Limpeza opcional',
  'fix.restart': 'Reinicie o contêiner para aplicar a configuração',
  'cgroup.v1_key.no_effect':
    '`{line}` é uma chave de cgroup v1. Este host usa cgroup v2 (PVE 7 e mais recentes; o PVE 9 não tem mais v1), então a linha não tem efeito. O PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.blocked':
    '`{line}` é uma chave de cgroup v1. Este host usa cgroup v2 (PVE 7 e mais recentes; o PVE 9 não tem mais v1), então a linha não tem efeito e esses dispositivos continuam bloqueados (`Operation not permitted`). O PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.v1_key.allow_all':
    '`{line}` é uma chave de cgroup v1. Este host usa cgroup v2 (PVE 7 e mais recentes; o PVE 9 não tem mais v1), então a linha não tem efeito. O PVE registra `{key} is deprecated, this will be a hard error in the future!`. Reescrita como lxc.cgroup2.devices.allow, ela permitiria todos os dispositivos (cgroup.allow_all).',
  'cgroup.v1_key.fix.rename':
    'Renomeie para a chave de cgroup2 ou, melhor, substitua as entradas brutas por devN',
  'cgroup.not_allowed':
    '{count, plural, one {{nodes} está montado, mas o cgroup de dispositivos não o permite. O arquivo aparece no contêiner, mas todo open() retorna `Operation not permitted`.} other {{nodes} estão montados, mas o cgroup de dispositivos não os permite. Os arquivos aparecem no contêiner, mas todo open() retorna `Operation not permitted`.}}',
  'cgroup.not_allowed.dir_only':
    '{count, plural, one {{nodes} aparece por um bind de diretório, mas o cgroup de dispositivos não o permite: open() retorna `Operation not permitted`. Não é necessário para VA-API nem para computação.} other {{nodes} aparecem por um bind de diretório, mas o cgroup de dispositivos não os permite: open() retorna `Operation not permitted`. Não são necessários para VA-API nem para computação.}}',
  'cgroup.not_allowed.fix': 'Permita os nós ou use devN, que gera as regras a cada início',
  'cgroup.stale_major.since_start':
    '`{path}` agora é {devt}, mas o contêiner foi iniciado com regras de dispositivo para {started} (/var/lib/lxc/{vmid}/config). O driver foi recarregado ou renumerado desde o início: o nó está bloqueado dentro do contêiner em execução.',
  'cgroup.stale_major.fix.restart':
    'Reinicie o contêiner: o PVE gera as regras de novo a partir dos nós atuais',
  'cgroup.stale_major':
    'A configuração permite o major {major}, que nenhum dispositivo atual usa, enquanto `{path}` agora é {devt}. Majors dinâmicos (nvidia-uvm, nvidia-caps, kfd) mudam após atualizações do driver.',
  'cgroup.stale_major.named':
    'A configuração permite o major {major}, que nenhum dispositivo atual usa, enquanto `{path}` agora é {devt} ({driver} em /proc/devices). Majors dinâmicos (nvidia-uvm, nvidia-caps, kfd) mudam após atualizações do driver.',
  'cgroup.stale_major.fix':
    'Atualize o número ou passe a usar devN (as regras são geradas de novo a partir de stat() a cada início)',
  'cgroup.allow_all':
    'O contêiner pode ler e gravar qualquer nó de dispositivo que consiga criar ou alcançar, inclusive dispositivos de bloco.',
  'cgroup.allow_all.privileged':
    'O contêiner pode ler e gravar qualquer nó de dispositivo que consiga criar ou alcançar, inclusive dispositivos de bloco. Em um contêiner privilegiado, isso é acesso aos discos do host.',
  'cgroup.allow_all.fix': 'Remova-a; permita os nós específicos da GPU (ou use devN)',
  'cgroup.redundant.by_devn': '`c {devt}` já é permitido pelo PVE para `{key}`.',
  'cgroup.redundant': '`c {devt}` é permitido, mas nenhum nó vinculado tem esse número.',
  'ct.config_syntax.fix': 'Corrija ou remova a linha',
  'ct.config_syntax.fix.dev':
    'Escreva como dev<N>: /dev/<path>[,gid=<n>][,uid=<n>][,mode=0NNN][,deny-write=1]',
  'ct.config_syntax.dev_range': 'O PVE suporta dev0…dev{last}.',
  'ct.config_syntax.fix.renumber': 'Renumere as entradas',
  'ct.pending.idmap':
    'O contêiner roda com o mapa de IDs que recebeu no último início ({started}); a configuração agora diz {now}. O novo mapa vale após uma reinicialização.',
  'ct.pending.idmap_removed':
    'O contêiner roda com o mapa de IDs que recebeu no último início ({started}); a configuração agora não tem mapa. O novo mapa vale após uma reinicialização.',
  'ct.pending':
    'Estas alterações estão pendentes e valem no próximo início do contêiner; as verificações acima descrevem a configuração ativa: {changes}.',
  'ct.config_syntax.delete': 'Linha {line}: `delete` só é permitido em [pve:pending]; aqui o PVE o ignora.',
  'ct.config_syntax.empty_option':
    'Linha {line}: a opção `{key}` não tem valor; o PVE registra `unable to parse config` e ignora a linha.',
  'ct.config_syntax.unparsable':
    'Linha {line}: o PVE não consegue interpretar esta linha (`unable to parse config`) e a ignora.',
  'ct.config_syntax.dev.not_number': '`{key}`: `{option}` não é um número. O PVE recusa a entrada.',
  'ct.config_syntax.dev.bad_mode':
    '`{key}`: `{option}` não é um modo octal como 0660. O PVE recusa a entrada.',
  'ct.config_syntax.dev.unknown_option': '`{key}`: opção desconhecida `{option}`. O PVE recusa a entrada.',
  'ct.config_syntax.dev.no_path': '`{key}` não indica nenhum caminho de dispositivo. O PVE recusa a entrada.',
  'ct.config_syntax.dev.not_dev': '`{key}`: `{path}` não está em /dev/. O PVE recusa a entrada.',
  'ct.config_syntax.dev.dot_path':
    '`{key}`: `{path}` contém componentes /. ou /.., por isso o PVE recusa a entrada.',
  'ct.node_check.missing': '`{path}` não existe no contêiner (veja {see}).',
  'ct.node_check.placeholder':
    '`{path}` no contêiner é um arquivo comum (marcador de posição): o bind mount não aconteceu (veja {see}).',
  'ct.node_check.not_device':
    '`{path}` no contêiner não é um nó de dispositivo: o bind mount não aconteceu (veja {see}).',
  'ct.node_check.stale':
    '`{path}` no contêiner é {devt}, o nó do host é {hostDevt}: um nó antigo, de antes de o driver ser recarregado (veja {see}). Reinicie o contêiner.',
  'ct.node_check.fix': 'Reinicie o contêiner depois de corrigir a verificação indicada',
  'ct.service_user_groups':
    'O usuário `{user}` não consegue abrir `{path}`: o dono é o gid {gid}, modo {mode}, e {user} está em {groups}.',
  'ct.service_user_groups.no_groups':
    'O usuário `{user}` não consegue abrir `{path}`: o dono é o gid {gid}, modo {mode}, e {user} não está em nenhum grupo adicional.',
  'ct.service_user_groups.fix.add_user': 'Adicione {user} a {group} dentro do contêiner e reinicie o serviço',
  'ct.service_user_groups.fix.devn_gid':
    'Atribua ao nó o grupo render do contêiner ({see}) e reinicie o contêiner',
  'ct.service_user_groups.fix.node_group':
    'Atribua ao nó o grupo render do contêiner (veja dev.gid_wrong_group / mount.unmapped_owner)',
  'ct.group_collision':
    'O contêiner tem {count} grupos `{group}` ({gids}); as ferramentas resolvem o nome para um deles.',
  'ct.group_collision.fix': 'Remova o duplicado; mantenha o gid que é dono do nó',
  'ct.vaapi_driver.i965_forced':
    'LIBVA_DRIVER_NAME=i965 força o driver legado; ele só suporta GPUs anteriores à Broadwell.',
  'ct.vaapi_driver.fix.i965_forced': 'Remova LIBVA_DRIVER_NAME ou defina-o como iHD',
  'ct.vaapi_driver.only_i965':
    'O contêiner tem apenas o driver VA-API legado i965. Para GPUs Intel Gen9 e mais recentes, instale intel-media-va-driver-non-free (Debian: habilite non-free).',
  'ct.vaapi_driver.only_i965_no_access':
    'O contêiner tem apenas o driver VA-API legado i965. Para GPUs Intel Gen9 e mais recentes, instale intel-media-va-driver-non-free (Debian: habilite non-free). O contêiner ainda não consegue abrir o nó render (veja acima); corrija o acesso primeiro e depois verifique o driver de novo (`vainfo`).',
  'ct.vaapi_driver.no_ihd':
    'Nenhum driver VA-API da Intel (iHD_drv_video.so) foi encontrado no contêiner. Para GPUs Intel Gen9 e mais recentes, instale intel-media-va-driver-non-free (Debian: habilite non-free).',
  'ct.vaapi_driver.no_ihd_no_access':
    'Nenhum driver VA-API da Intel (iHD_drv_video.so) foi encontrado no contêiner. Para GPUs Intel Gen9 e mais recentes, instale intel-media-va-driver-non-free (Debian: habilite non-free). O contêiner ainda não consegue abrir o nó render (veja acima); corrija o acesso primeiro e depois verifique o driver de novo (`vainfo`).',
  'ct.vaapi_driver.fix.intel': 'Instale o driver de mídia dentro do contêiner',
  'ct.vaapi_driver.no_radeonsi':
    'Nenhum radeonsi_drv_video.so (mesa-va-drivers) foi encontrado no contêiner.',
  'ct.vaapi_driver.no_radeonsi_no_access':
    'Nenhum radeonsi_drv_video.so (mesa-va-drivers) foi encontrado no contêiner. O contêiner ainda não consegue abrir o nó render (veja acima); corrija o acesso primeiro e depois verifique o driver de novo (`vainfo`).',
  'ct.vaapi_driver.fix.amd': 'Instale mesa-va-drivers dentro do contêiner',
  'dev.path_missing':
    '`{entry}` não existe no host; `pct start` é abortado com `Device {path} does not exist`.',
  'dev.path_missing.renamed':
    '`{entry}` não existe no host; `pct start` é abortado com `Device {path} does not exist`. Em vez disso, o host tem {others}: a numeração DRM pode mudar entre boots e kernels (veja dev.node_renamed).',
  'dev.path_missing.uvm':
    '`{entry}` não existe no host; `pct start` é abortado com `Device {path} does not exist`. /dev/nvidia-uvm só existe depois que o módulo nvidia_uvm é carregado e o nó dele é criado (veja nv.uvm_lazy).',
  'dev.path_missing.nvidia':
    '`{entry}` não existe no host; `pct start` é abortado com `Device {path} does not exist`. Provavelmente o módulo do kernel da NVIDIA não está carregado (veja nv.module).',
  'dev.path_missing.fix.repoint':
    'Aponte a entrada para o nó existente, de preferência pelo nome by-path estável',
  'dev.path_missing.fix.create':
    'Faça o dispositivo existir no host antes de o contêiner iniciar, ou remova a entrada',
  'dev.not_device.file':
    '`{path}` no host é um arquivo comum, não um dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.dir':
    '`{path}` no host é um diretório, não um dispositivo (PVE: `{path} is not a device`).',
  'dev.not_device.fix':
    'Remova o arquivo e deixe o udev recriar o nó; depois veja em dev.conflict como ele foi parar lá',
  'dev.node_renamed.gone':
    '`{path}` sumiu e o host agora tem {others}: a GPU provavelmente foi renumerada. Desde o kernel 5.14, o framebuffer de boot simpledrm muitas vezes ocupa card0 primeiro, e os números podem mudar entre boots e atualizações do kernel.',
  'dev.node_renamed':
    'A configuração indica `{path}` pelo número. Hoje ele corresponde ao host, mas a numeração DRM pode mudar (simpledrm ocupando card0, atualizações do kernel, uma segunda GPU). VA-API, QSV e NVENC só precisam do nó render.',
  'dev.node_renamed.fix.bypath': 'Use o nome by-path estável (ou remova de vez o nó card)',
  'dev.node_renamed.fix.drop': 'Remova o nó card (o nó render basta) ou use nomes de /dev/dri/by-path',
  'dev.bypath':
    'O PVE cria o nó dentro do contêiner no caminho configurado `{path}`, não em `{node}` (o hook autodev monta em /dev/<caminho configurado>). Aplicações que procuram /dev/dri/renderD128 não o encontrarão.',
  'dev.bypath.fix':
    'Aponte a aplicação para o nó by-path (Jellyfin "VA-API Device", ffmpeg -vaapi_device, LIBVA_DRM_DEVICE onde houver suporte) ou crie um link simbólico dentro do contêiner no boot',
  'dev.gid_default':
    '`{path}` será `root:root 0660` no contêiner: só o root do contêiner pode usá-lo; serviços que rodam com o próprio usuário (jellyfin, plex, immich, frigate, ollama) recebem `Permission denied`.',
  'dev.gid_default.fix':
    'Atribua ao nó o grupo {group} do contêiner (valor lido do /etc/group do contêiner quando ele está em execução)',
  'dev.gid_wrong_group.host_gid':
    '`{key}` usa o gid {gid}, o gid render do HOST. O gid em devN é um gid do contêiner: deve ser o grupo render dentro do contêiner, que muitas vezes é outro (Debian 12: 105, Ubuntu 24.04: 993). Inicie o contêiner para que esta verificação possa ler o /etc/group dele.',
  'dev.gid_wrong_group.fix.lookup': 'Consulte o gid dentro do contêiner e use esse',
  'dev.gid_wrong_group.render':
    '`{key}` define o gid {gid}, que é `{group}` dentro deste contêiner ({os}); o grupo `render` dele é {want}. Por isso o nó render pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.render_no_group':
    '`{key}` define o gid {gid}, que não é nenhum grupo dentro deste contêiner ({os}); o grupo `render` dele é {want}. Por isso o nó render pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.render_missing':
    '`{key}` define o gid {gid}, que é `{group}` dentro deste contêiner ({os}); ele não tem grupo `render`. Por isso o nó render pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.render_no_group_missing':
    '`{key}` define o gid {gid}, que não é nenhum grupo dentro deste contêiner ({os}); ele não tem grupo `render`. Por isso o nó render pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.card':
    '`{key}` define o gid {gid}, que é `{group}` dentro deste contêiner ({os}); o grupo `video` dele é {want}. Por isso o nó card pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.card_no_group':
    '`{key}` define o gid {gid}, que não é nenhum grupo dentro deste contêiner ({os}); o grupo `video` dele é {want}. Por isso o nó card pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.card_missing':
    '`{key}` define o gid {gid}, que é `{group}` dentro deste contêiner ({os}); ele não tem grupo `video` nem `render`. Por isso o nó card pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.card_no_group_missing':
    '`{key}` define o gid {gid}, que não é nenhum grupo dentro deste contêiner ({os}); ele não tem grupo `video` nem `render`. Por isso o nó card pertence ao grupo errado. (O gid em devN é um gid do contêiner; o gid render do host não importa aqui.)',
  'dev.gid_wrong_group.fix.create_group':
    'Primeiro crie o grupo {group} dentro do contêiner (por exemplo, instalando os pacotes de espaço de usuário da GPU) e depois defina o gid dele aqui',
  'dev.gid_wrong_group.fix': 'Defina {key} com o gid de {group} do contêiner e reinicie o contêiner',
  'dev.id_unmapped.gid':
    '`gid={id}` não está mapeado pelo lxc.idmap deste contêiner, então o PVE muda o dono do nó para o gid {id} do host e o contêiner vê `nogroup`.',
  'dev.id_unmapped.uid':
    '`uid={id}` não está mapeado pelo lxc.idmap deste contêiner, então o PVE muda o dono do nó para o uid {id} do host e o contêiner vê `nobody`.',
  'dev.id_unmapped.fix.gid': 'Use um gid mapeado (o grupo render do contêiner) ou corrija o mapa (idmap.gap)',
  'dev.id_unmapped.fix.uid': 'Use um uid mapeado ou corrija o mapa (idmap.gap)',
  'dev.nvidia_mode':
    'No host, os nós NVIDIA são 0666; via devN eles viram `0660 root:{group}` no contêiner, então serviços que não estão nesse grupo (ollama, jellyfin, immich …) não conseguem abri-los.',
  'dev.nvidia_mode.users':
    'No host, os nós NVIDIA são 0666; via devN eles viram `0660 root:{group}` no contêiner, então serviços que não estão nesse grupo ({users}) não conseguem abri-los.',
  'dev.nvidia_mode.fix':
    'Adicione mode=0666 às entradas devN da NVIDIA (a mesma exposição que no host; o driver aplica as próprias verificações) ou adicione os usuários de serviço ao grupo',
  'dev.kfd_gid':
    'O ROCm espera que /dev/kfd seja acessível pelo grupo render; aqui ele pertence ao grupo {gid}. rocminfo/ollama informam `Unable to open /dev/kfd read-write: Permission denied` para usuários que estão só em render.',
  'dev.kfd_gid.fix': 'Atribua a /dev/kfd o gid render do contêiner',
  'dev.conflict.twice':
    '`{first}` e `{second}` repassam ambos `{path}`; o segundo mknod do hook autodev encontra um arquivo existente e o início falha (`Failed to run autodev hooks`).',
  'dev.conflict.fix.keep_one': 'Mantenha uma só entrada',
  'dev.conflict.mount':
    '`{entry}` e um `lxc.mount.entry` em `{target}`: o LXC executa as entradas de montagem antes do hook autodev, cujo mknod então encontra um arquivo existente (`Could not mknod …: File exists`), e o início falha com `Script exited with status 17`.',
  'dev.conflict.mount_dir':
    '`{entry}` e um `lxc.mount.entry` em `{target}`: o LXC executa as entradas de montagem antes do hook autodev, cujo mknod então encontra um arquivo existente (`Could not mknod …: File exists`), e o início falha com `Script exited with status 17`. Com um bind do diretório inteiro, o hook chega a gravar no diretório real do host.',
  'dev.conflict.fix.remove_bind':
    'Use devN ou entradas brutas para um nó, nunca os dois; remova o bind bruto',
  'dev.render_numbering':
    '{count, plural, one {Só {nodes} existe no contêiner. A detecção padrão da libva começa em renderD128 (intel/libva#540), então vainfo/ffmpeg sem um dispositivo explícito podem falhar.} other {Só {nodes} existem no contêiner. A detecção padrão da libva começa em renderD128 (intel/libva#540), então vainfo/ffmpeg sem um dispositivo explícito podem falhar.}}',
  'dev.render_numbering.fix':
    'Configure o caminho do dispositivo na aplicação (por exemplo, ffmpeg -vaapi_device {path}, vainfo --display drm --device {path})',
  'dev.vendor': '{nodes}.',
  'dev.vendor.mismatch':
    'O contêiner repassa /dev/kfd (AMD ROCm), mas o nó render é de outro fabricante. {nodes}.',
  'dev.vendor.fix': 'Repasse o nó render da GPU desejada pelo nome by-path',
  'host.gpu_inventory':
    '{gpus}. Grupos do host: render {render}, video {video} (o gid render do host muda entre versões do PVE — 104 no PVE 7/8, 993 relatado no PVE 9 —, por isso os guias divergem; para devN só importa o gid do contêiner).',
  'host.gpu_inventory.used':
    '{gpus}. Grupos do host: render {render}, video {video} (o gid render do host muda entre versões do PVE — 104 no PVE 7/8, 993 relatado no PVE 9 —, por isso os guias divergem; para devN só importa o gid do contêiner). Este contêiner usa {used}.',
  'host.gpu_inventory.no_drm':
    'Nenhum dispositivo DRM encontrado. Grupos do host: render {render}, video {video} (o gid render do host muda entre versões do PVE — 104 no PVE 7/8, 993 relatado no PVE 9 —, por isso os guias divergem; para devN só importa o gid do contêiner).',
  'host.gpu_inventory.no_drm.used':
    'Nenhum dispositivo DRM encontrado. Grupos do host: render {render}, video {video} (o gid render do host muda entre versões do PVE — 104 no PVE 7/8, 993 relatado no PVE 9 —, por isso os guias divergem; para devN só importa o gid do contêiner). Este contêiner usa {used}.',
  'host.no_drm_node.vfio':
    'A GPU {pci} ({vendor}) está vinculada ao vfio-pci (passthrough para VM), então o host não tem nenhum nó /dev/dri para compartilhar com contêineres. Uma GPU pode ser dada a VMs ou a contêineres, não a ambos.',
  'host.no_drm_node':
    'A GPU {pci} ({vendor}) não tem driver funcionando no host, então não há nó de dispositivo para repassar.',
  'host.no_drm_node.fix.vfio':
    'Remova a vinculação ids= do vfio-pci / o uso de hostpciN, gere de novo o initramfs e reinicie',
  'host.no_drm_node.fix': 'Instale e carregue o driver do host para esta GPU',
  'host.world_rw_nodes':
    '`{path}` tem modo {mode} no host. Todo usuário do host e todo contêiner que enxerga o nó pode usar a GPU.',
  'host.world_rw_nodes.card':
    '`{path}` tem modo {mode} no host. Todo usuário do host e todo contêiner que enxerga o nó pode usar a GPU; um nó card gravável por todos também permite controlar a tela/KMS.',
  'host.world_rw_nodes.fix':
    'Remova a regra que amplia o modo e entregue o nó aos contêineres via devN com o gid deles',
  'host.world_rw_nodes.rule': 'Uma regra do udev torna os nós da GPU graváveis por todos no host.',
  'host.world_rw_nodes.fix.rule':
    'Remova a regra; em vez disso, repasse os nós com devN e o gid do contêiner',
  'host.prestart_chown':
    'Este hook muda o dono ou o modo dos nós de dispositivo do HOST a cada início do contêiner (`{hook}`). Membros de render/video no host e todos os outros contêineres perdem o acesso até o udev restaurá-lo.',
  'host.prestart_chown.fix':
    'Apague os hooks e use devN: o PVE cria uma cópia privada do nó com o dono solicitado, em vez de alterar o nó do host',
  'idmap.syntax':
    '`{line}` não é válida. O LXC só entende `u` (usuários) e `g` (grupos) seguidos de três números e uma quantidade maior que 0; o PVE registra `failed to parse idmap` e o contêiner não inicia.',
  'idmap.syntax.fix': 'Escreva uma linha u e uma linha g por intervalo (aqui: os intervalos padrão)',
  'idmap.deprecated_key':
    '`lxc.id_map` é o nome anterior ao LXC 3.0; o PVE o renomeia com um aviso a cada início.',
  'idmap.deprecated_key.fix': 'Renomeie a chave para lxc.idmap',
  'idmap.type_missing.uid':
    'Este contêiner tem mapeamentos de gid personalizados, mas nenhum de uid. Assim que existe qualquer linha `lxc.idmap`, o PVE deixa de adicionar os padrões para os dois tipos, então os uids ficam sem nenhum mapa.',
  'idmap.type_missing.gid':
    'Este contêiner tem mapeamentos de uid personalizados, mas nenhum de gid. Assim que existe qualquer linha `lxc.idmap`, o PVE deixa de adicionar os padrões para os dois tipos, então os gids ficam sem nenhum mapa.',
  'idmap.type_missing.fix.uid': 'Adicione o padrão completo para uids',
  'idmap.type_missing.fix.gid': 'Adicione o padrão completo para gids',
  'idmap.root_unmapped.uid':
    'O root do contêiner (uid 0) não está mapeado; o LXC não consegue preparar o contêiner (`No uid mapping for container root`).',
  'idmap.root_unmapped.gid':
    'O root do contêiner (gid 0) não está mapeado; o LXC não consegue preparar o contêiner (`No gid mapping for container root`).',
  'idmap.root_unmapped.fix.uid': 'Comece o mapa de uid em 0',
  'idmap.root_unmapped.fix.gid': 'Comece o mapa de gid em 0',
  'idmap.overlap.ct_uid':
    "Duas linhas lxc.idmap mapeiam o mesmo uid {range} do contêiner (`{first}` e `{second}`). O PVE avisa `lxc.idmap: invalid map entry '{second}': container uid {start} is also mapped by entry '{first}'`; o kernel rejeita mapas sobrepostos (`newuidmap: write to uid_map failed: Invalid argument`) e o contêiner não inicia.",
  'idmap.overlap.ct_gid':
    "Duas linhas lxc.idmap mapeiam o mesmo gid {range} do contêiner (`{first}` e `{second}`). O PVE avisa `lxc.idmap: invalid map entry '{second}': container gid {start} is also mapped by entry '{first}'`; o kernel rejeita mapas sobrepostos (`newgidmap: write to gid_map failed: Invalid argument`) e o contêiner não inicia.",
  'idmap.overlap.host_uid':
    "Duas linhas lxc.idmap mapeiam o mesmo uid {range} do host (`{first}` e `{second}`). O PVE avisa `lxc.idmap: invalid map entry '{second}': host uid {start} is also mapped by entry '{first}'`; o kernel rejeita mapas sobrepostos (`newuidmap: write to uid_map failed: Invalid argument`) e o contêiner não inicia.",
  'idmap.overlap.host_gid':
    "Duas linhas lxc.idmap mapeiam o mesmo gid {range} do host (`{first}` e `{second}`). O PVE avisa `lxc.idmap: invalid map entry '{second}': host gid {start} is also mapped by entry '{first}'`; o kernel rejeita mapas sobrepostos (`newgidmap: write to gid_map failed: Invalid argument`) e o contêiner não inicia.",
  'idmap.overlap.fix.uid':
    'Divida o intervalo grande em torno da exceção; o bloco de uid completo, pronto para colar',
  'idmap.overlap.fix.gid':
    'Divida o intervalo grande em torno da exceção; o bloco de gid completo, pronto para colar',
  'idmap.gap.uid':
    '{count, plural, one {O uid {ids} do contêiner não está mapeado.} other {Os uids {ids} do contêiner não estão mapeados.}} Arquivos com esses IDs aparecem como `nobody`, e `chown` para eles falha com `Invalid argument`.',
  'idmap.gap.gid':
    '{count, plural, one {O gid {ids} do contêiner não está mapeado.} other {Os gids {ids} do contêiner não estão mapeados.}} Arquivos com esses IDs aparecem como `nogroup`, e `chgrp` para eles falha com `Invalid argument`.',
  'idmap.gap.uid_off_by_one':
    '{count, plural, one {O uid {ids} do contêiner não está mapeado.} other {Os uids {ids} do contêiner não estão mapeados.}} Arquivos com esses IDs aparecem como `nobody`, e `chown` para eles falha com `Invalid argument`. Provavelmente há um erro de um a mais ou a menos onde uma linha termina e a seguinte começa: {hints}.',
  'idmap.gap.gid_off_by_one':
    '{count, plural, one {O gid {ids} do contêiner não está mapeado.} other {Os gids {ids} do contêiner não estão mapeados.}} Arquivos com esses IDs aparecem como `nogroup`, e `chgrp` para eles falha com `Invalid argument`. Provavelmente há um erro de um a mais ou a menos onde uma linha termina e a seguinte começa: {hints}.',
  'idmap.gap.fix.uid':
    'Amplie os intervalos vizinhos; o bloco de uid completo sem lacunas, pronto para colar',
  'idmap.gap.fix.gid':
    'Amplie os intervalos vizinhos; o bloco de gid completo sem lacunas, pronto para colar',
  'idmap.host_root.uid':
    '`{line}` dá ao contêiner o usuário root do host. Tudo o que roda com esse ID no contêiner é o root do host; o LXC até pula a verificação de /etc/subuid para esses mapas.',
  'idmap.host_root.gid':
    '`{line}` dá ao contêiner o grupo root do host. Tudo o que roda com esse ID no contêiner é o root do host; o LXC até pula a verificação de /etc/subgid para esses mapas.',
  'idmap.host_root.fix': 'Nunca mapeie o ID 0 do host; em vez disso, repasse dispositivos com devN',
  'idmap.passthrough_ids':
    'IDs do host repassados ao contêiner: {ids}. O contêiner pode abrir todo objeto do host cujo dono seja um desses IDs, e os arquivos que ele cria com eles pertencem a esses IDs do host.',
  'idmap.passthrough_ids.sensitive':
    'IDs do host repassados ao contêiner: {ids}. O contêiner pode abrir todo objeto do host cujo dono seja um desses IDs, e os arquivos que ele cria com eles pertencem a esses IDs do host. Pelo menos um deles é um grupo privilegiado do host.',
  'idmap.passthrough_ids.fix':
    'Para acesso à GPU, prefira devN com o gid do próprio contêiner: nenhum ID do host precisa ser compartilhado (mantenha mapas 1:1 só para dados em bind mount)',
  'idmap.too_many_ranges.uid':
    '{count} intervalos de uid: o kernel aceita no máximo 340 intervalos por mapa.',
  'idmap.too_many_ranges.gid':
    '{count} intervalos de gid: o kernel aceita no máximo 340 intervalos por mapa.',
  'idmap.too_many_ranges.fix': 'Junte os intervalos adjacentes',
  'mon.pmu_in_ct.title.nvidia': 'Monitoramento da GPU dentro deste contêiner',
  'mon.pmu_in_ct.nvidia':
    'As ferramentas da NVIDIA (nvidia-smi, nvtop) usam a NVML, não a PMU do perf, e funcionam dentro do contêiner quando a versão da biblioteca corresponde — mas lá não listam processos (mon.nvml_pids). Nada exige reduzir kernel.perf_event_paranoid nem um contêiner privilegiado, o que enfraqueceria o host inteiro. Esta aba GPU mostra o uso do contêiner por processo, lido no host e atribuído pelo cgroup.',
  'mon.pmu_in_ct.privileged':
    'Este contêiner é privilegiado, então {tool} funciona dentro dele — porque o root dele é o root do host. {tool} lê a PMU da GPU por perf_event_open() como um evento de toda a CPU. O kernel só permite isso a quem tem CAP_PERFMON (ou CAP_SYS_ADMIN) no user namespace inicial do host enquanto kernel.perf_event_paranoid for maior que 0 (aqui {paranoid}). O root de um contêiner sem privilégios só tem as suas capabilities dentro do próprio user namespace, então a chamada falha com `Failed to initialize PMU! (Permission denied)` — e nenhuma mudança de setcap, lxc.cap.keep, AppArmor ou seccomp altera isso. As duas "correções" encontradas na internet enfraquecem o host inteiro: reduzir kernel.perf_event_paranoid abre os contadores de desempenho de todo o sistema a todos os processos do host e de todos os contêineres, e tornar o contêiner privilegiado faz do root dele o root do host. Esta aba GPU mostra os mesmos números por motor para este contêiner sem nenhuma das duas: ela os lê no host a partir de /proc/<pid>/fdinfo e do sysfs e os atribui pelo cgroup. Dentro do contêiner, ferramentas baseadas em fdinfo (nvtop, amdgpu_top) também funcionam para os processos dele.',
  'mon.pmu_in_ct.lowered':
    '{tool} talvez funcione dentro deste contêiner só porque kernel.perf_event_paranoid é {paranoid} no host (mon.paranoid_lowered). {tool} lê a PMU da GPU por perf_event_open() como um evento de toda a CPU. O kernel só permite isso a quem tem CAP_PERFMON (ou CAP_SYS_ADMIN) no user namespace inicial do host enquanto kernel.perf_event_paranoid for maior que 0 (aqui {paranoid}). O root de um contêiner sem privilégios só tem as suas capabilities dentro do próprio user namespace, então a chamada falha com `Failed to initialize PMU! (Permission denied)` — e nenhuma mudança de setcap, lxc.cap.keep, AppArmor ou seccomp altera isso. As duas "correções" encontradas na internet enfraquecem o host inteiro: reduzir kernel.perf_event_paranoid abre os contadores de desempenho de todo o sistema a todos os processos do host e de todos os contêineres, e tornar o contêiner privilegiado faz do root dele o root do host. Esta aba GPU mostra os mesmos números por motor para este contêiner sem nenhuma das duas: ela os lê no host a partir de /proc/<pid>/fdinfo e do sysfs e os atribui pelo cgroup. Dentro do contêiner, ferramentas baseadas em fdinfo (nvtop, amdgpu_top) também funcionam para os processos dele.',
  'mon.pmu_in_ct.unprivileged':
    '{tool} não pode funcionar dentro deste contêiner sem privilégios. {tool} lê a PMU da GPU por perf_event_open() como um evento de toda a CPU. O kernel só permite isso a quem tem CAP_PERFMON (ou CAP_SYS_ADMIN) no user namespace inicial do host enquanto kernel.perf_event_paranoid for maior que 0 (aqui {paranoid}). O root de um contêiner sem privilégios só tem as suas capabilities dentro do próprio user namespace, então a chamada falha com `Failed to initialize PMU! (Permission denied)` — e nenhuma mudança de setcap, lxc.cap.keep, AppArmor ou seccomp altera isso. As duas "correções" encontradas na internet enfraquecem o host inteiro: reduzir kernel.perf_event_paranoid abre os contadores de desempenho de todo o sistema a todos os processos do host e de todos os contêineres, e tornar o contêiner privilegiado faz do root dele o root do host. Esta aba GPU mostra os mesmos números por motor para este contêiner sem nenhuma das duas: ela os lê no host a partir de /proc/<pid>/fdinfo e do sysfs e os atribui pelo cgroup. Dentro do contêiner, ferramentas baseadas em fdinfo (nvtop, amdgpu_top) também funcionam para os processos dele.',
  'mon.pmu_in_ct.fix':
    'Nada a mudar: use esta aba para ver o uso da GPU pelo contêiner. Não reduza perf_event_paranoid nem torne o contêiner privilegiado.',
  'mon.paranoid_lowered':
    'kernel.perf_event_paranoid = {value} permite que todo processo do host e de todos os contêineres abra contadores de desempenho de todo o sistema. Provavelmente foi definido para o intel_gpu_top funcionar em um contêiner; esta aba mostra os mesmos números sem isso.',
  'mon.paranoid_lowered.negative':
    'kernel.perf_event_paranoid = {value} permite que todo processo do host e de todos os contêineres abra contadores de desempenho de todo o sistema; -1 permite ainda profiling do kernel e tracepoints brutos. Provavelmente foi definido para o intel_gpu_top funcionar em um contêiner; esta aba mostra os mesmos números sem isso.',
  'mon.paranoid_lowered.fix':
    'Remova a alteração (e a linha dela em /etc/sysctl.conf ou /etc/sysctl.d/*.conf) e use o monitoramento pelo host',
  'mon.nvml_pids':
    '`nvidia-smi`/`nvtop` dentro do contêiner não mostram processos: o driver da NVIDIA informa PIDs do host, que não existem no PID namespace do contêiner. A utilização e os totais de memória estão corretos; esta aba associa os PIDs do host aos contêineres.',
  'mon.ineffective_workarounds':
    'Estas configurações não tornam a PMU da Intel disponível em um contêiner sem privilégios: `setcap cap_perfmon` dentro do CT, `lxc.cap.keep`, um perfil AppArmor unconfined, um perfil seccomp vazio ou executar o binário do host por um bind mount. O kernel verifica CAP_PERFMON em relação ao user namespace inicial do host, que um contêiner nunca pode ter. Elas só enfraquecem o isolamento — considere removê-las (veja sec.*).',
  'mon.ineffective_workarounds.fix': 'Desfaça-as',
  'mount.optional_missing':
    '`{path}` é montado com `optional`, mas não existe no host. O LXC registra `Failed to mount "{path}"` e inicia o contêiner sem ele — o dispositivo some sem aviso.',
  'mount.optional_missing.fix':
    'Faça a origem existir antes de o contêiner iniciar (nv.uvm_lazy, dev.node_renamed) ou passe a usar devN, que falha de forma visível',
  'mount.no_create':
    'O destino de montagem `{target}` não existe no /dev recém-criado do contêiner; sem `create=file` o bind falha.',
  'mount.no_create.optional':
    'O destino de montagem `{target}` não existe no /dev recém-criado do contêiner; sem `create=file` o bind falha (sem aviso, por causa de optional).',
  'mount.no_create.fix': 'Adicione create=file',
  'mount.create_kind.dir': '`create={create}` não corresponde à origem `{path}`, que é um diretório.',
  'mount.create_kind.file':
    '`create={create}` não corresponde à origem `{path}`, que é um nó de dispositivo.',
  'mount.create_kind.fix': 'Use create={create}',
  'mount.bad_path.relative_source':
    '`{path}` é uma origem relativa; não é o `/{path}` do host e a montagem é ignorada.',
  'mount.bad_path.absolute_target':
    'O destino `{target}` é absoluto; os destinos de montagem do LXC são relativos à raiz do contêiner (`{relative}`).',
  'mount.bad_path.other_dir': '`{node}` está montado em `{target}`; as aplicações o procuram em `{dir}`.',
  'mount.bad_path.fix': 'Faça o bind de /dev/X em dev/X',
  'mount.duplicate': 'Duas entradas montam em `{target}`; a posterior encobre a anterior.',
  'mount.duplicate.fix': 'Mantenha uma',
  'mount.unmapped_owner':
    '`{path}` é `{owner}` no host. Ele aparece como `{ctOwner}` e ninguém no contêiner — nem mesmo o root — consegue abri-lo.',
  'mount.unmapped_owner.gid':
    '`{path}` é `{owner}` no host. O gid {gid} do host não está mapeado neste contêiner, então ele aparece como `{ctOwner}` e ninguém no contêiner — nem mesmo o root — consegue abri-lo.',
  'mount.unmapped_owner.fix':
    'Substitua a entrada bruta por devN com o gid do próprio contêiner (o PVE cria um nó privado com esse dono). Evite chmod 666 e hooks de chown no pre-start.',
  'mount.cosmetic':
    'O `{tail}` no final vem de um guia copiado e colado. A glibc o lê como 0 0, então é inofensivo.',
  'mount.dri_dir':
    'Todo o /dev/dri do host fica visível: todas as GPUs, os nós card do KMS e by-path. Os nós só podem ser usados se o cgroup de dispositivos os permitir (cgroup.not_allowed); em contêineres sem privilégios eles aparecem como nobody:nogroup, a menos que o dono deles esteja mapeado (mount.unmapped_owner).',
  'mount.dri_dir.fix': 'Repasse só o(s) nó(s) render necessário(s), com devN',
  'nv.module':
    'O módulo do kernel da NVIDIA não está carregado para o kernel {kernel}, então /dev/nvidia* não existe. Contêineres que usam devN não iniciam (`Device /dev/nvidia0 does not exist`); montagens brutas opcionais iniciam sem a GPU. Isso costuma acontecer após uma atualização do kernel em que o DKMS não compilou o módulo.',
  'nv.module.fix': 'Instale os headers do kernel em execução, recompile o módulo e reinicie',
  'nv.uvm_lazy.missing_devn':
    '`{path}` não existe agora. Com devN, um nó ausente é fatal: `pct start` falha com `Device {path} does not exist`.',
  'nv.uvm_lazy.missing_mount':
    '`{path}` não existe agora. Com uma montagem bruta opcional, o contêiner inicia sem ele e o CUDA falha lá dentro.',
  'nv.uvm_lazy.module_only_devn':
    'Nada neste host cria `{path}` no boot (nvidia_uvm é carregado pelo modules-load.d, mas o nó só aparece quando algo usa CUDA pela primeira vez). Com devN, um nó ausente é fatal: `pct start` falha com `Device {path} does not exist`.',
  'nv.uvm_lazy.module_only_mount':
    'Nada neste host cria `{path}` no boot (nvidia_uvm é carregado pelo modules-load.d, mas o nó só aparece quando algo usa CUDA pela primeira vez). Com uma montagem bruta opcional, o contêiner inicia sem ele e o CUDA falha lá dentro.',
  'nv.uvm_lazy.no_creator_devn':
    'Nada neste host cria `{path}` no boot. Com devN, um nó ausente é fatal: `pct start` falha com `Device {path} does not exist`.',
  'nv.uvm_lazy.no_creator_mount':
    'Nada neste host cria `{path}` no boot. Com uma montagem bruta opcional, o contêiner inicia sem ele e o CUDA falha lá dentro.',
  'nv.uvm_lazy.fix':
    'Carregue nvidia_uvm no boot e crie os nós dele com uma regra do udev (ou habilite o nvidia-persistenced)',
  'nv.node_set.no_ctl': 'O contêiner tem /dev/nvidia<N>, mas não /dev/nvidiactl; o driver precisa dos dois.',
  'nv.node_set.no_gpu': 'O contêiner tem /dev/nvidiactl, mas nenhum nó de GPU /dev/nvidia<N>.',
  'nv.node_set.fix.add': 'Adicione {path}',
  'nv.node_set.no_uvm':
    'Sem /dev/nvidia-uvm: NVENC/NVDEC funcionam, mas o CUDA (ollama, immich-ml, TensorRT) precisa dele.',
  'nv.node_set.fix.uvm': 'Adicione /dev/nvidia-uvm (e garanta que ele exista no boot, nv.uvm_lazy)',
  'nv.version_mismatch.no_libs':
    'Nenhuma biblioteca de espaço de usuário da NVIDIA (libnvidia-ml, libcuda) foi encontrada no contêiner; instale a versão {version} sem o módulo do kernel.',
  'nv.version_mismatch.fix.install':
    'Instale o driver de espaço de usuário correspondente dentro do contêiner',
  'nv.version_mismatch':
    'Driver do host {version}, bibliotecas do contêiner {libs} → `Failed to initialize NVML: Driver/library version mismatch`. Isso aparece após cada atualização do driver no host.',
  'nv.version_mismatch.fix':
    'Instale a mesma versão dentro do contêiner, sem a parte do kernel; fixe a versão do driver do host para evitar divergências',
  'nv.kernel_pkgs_in_ct':
    'O contêiner tem pacotes de módulo do kernel da NVIDIA ({packages}); um contêiner não pode carregar módulos e as compilações do DKMS falham a cada atualização.',
  'nv.kernel_pkgs_in_ct.fix': 'Remova-os; mantenha só as bibliotecas de espaço de usuário',
  'nv.ctk_cgroups':
    'O Docker dentro deste contêiner sem privilégios não consegue gerenciar os cgroups de dispositivos; versões mais antigas do toolkit falham com `nvidia-container-cli: mount error: failed to add device rules: … bpf_prog_query(BPF_CGROUP_DEVICE) failed: operation not permitted`.',
  'nv.ctk_cgroups.fix':
    'Defina no-cgroups = true em [nvidia-container-cli] e repasse os nós de dispositivo explicitamente ao contêiner Docker',
  'sec.privileged_gpu':
    'Este contêiner privilegiado roda como root do host e tem a GPU. Desde o PVE 8.1, devN repassa GPUs a contêineres sem privilégios; o LXC considera contêineres privilegiados inseguros e não trata fugas a partir deles como problemas de segurança.',
  'sec.privileged_gpu.fix':
    'Faça backup e restaure como sem privilégios; depois repasse a GPU com devN e os gids do contêiner',
  'sec.apparmor_unconfined':
    'O confinamento do AppArmor está desativado. O passthrough de GPU não precisa disso; em geral foi copiado de guias de Docker no LXC.',
  'sec.apparmor_unconfined.privileged':
    'O confinamento do AppArmor está desativado em um contêiner privilegiado, cujo root é o root do host. O passthrough de GPU não precisa disso; em geral foi copiado de guias de Docker no LXC.',
  'sec.apparmor_unconfined.fix': 'Remova a linha; para Docker, use "features: nesting=1,keyctl=1"',
  'sec.seccomp_off.replaced':
    'O filtro de chamadas de sistema do contêiner foi substituído. Então o PVE deixa de lado as próprias regras geradas (`explicitly configured lxc.seccomp.profile overrides the following settings`). Não é necessário para usar a GPU.',
  'sec.seccomp_off.disabled':
    'O filtro de chamadas de sistema do contêiner foi desativado. Então o PVE deixa de lado as próprias regras geradas (`explicitly configured lxc.seccomp.profile overrides the following settings`), e o common.seccomp do LXC (que bloqueia o carregamento de módulos, kexec_load, open_by_handle_at) deixa de valer. Não é necessário para usar a GPU.',
  'sec.cap_drop_empty':
    'Um lxc.cap.drop vazio não muda nada aqui: para contêineres sem privilégios, o userns.conf do LXC já começa com o conjunto completo de capabilities dentro do user namespace.',
  'sec.cap_drop_empty.privileged':
    'Um lxc.cap.drop vazio mantém sys_module, sys_rawio, sys_time, mac_admin e mac_override, que o common.conf do LXC remove: o root do contêiner pode carregar módulos do kernel e acessar E/S bruta no host.',
  'sec.cap_keep':
    '`lxc.cap.keep` só limita quais capabilities o contêiner mantém dentro do próprio user namespace; não pode acrescentar CAP_PERFMON/CAP_SYS_ADMIN no host. Pode quebrar o init do contêiner se capabilities necessárias ficarem de fora.',
  'sec.cap_keep.privileged':
    '`lxc.cap.keep` em um contêiner privilegiado substitui a lista de remoções do LXC.',
  'sec.cap_keep.privileged_dangerous':
    '`lxc.cap.keep` em um contêiner privilegiado mantém capabilities do nível do host, como sys_admin/sys_module/sys_rawio.',
  'sec.system_dir_bind':
    '`{path}` compartilha um diretório de sistema do host com o contêiner. pct.adoc: "Nunca faça bind mount de diretórios de sistema como /, /var ou /etc em um contêiner — isso representa um grande risco de segurança." Neste contêiner sem privilégios, arquivos cujo dono é o root do host não podem ser modificados, mas os binários do host e as versões deles ficam expostos.',
  'sec.system_dir_bind.privileged':
    '`{path}` compartilha um diretório de sistema do host com o contêiner. pct.adoc: "Nunca faça bind mount de diretórios de sistema como /, /var ou /etc em um contêiner — isso representa um grande risco de segurança." Neste contêiner privilegiado, ele pode substituir arquivos do host.',
  'sec.system_dir_bind.fix':
    'Instale as ferramentas necessárias dentro do contêiner; faça bind só de diretórios de dados dedicados (por exemplo, em /mnt/bindmounts)',
  'sec.proc_sys_rw': '/proc/sys ou /sys são graváveis no contêiner.',
  'sec.proc_sys_rw.privileged':
    '/proc/sys ou /sys são graváveis no contêiner; em um contêiner privilegiado, isso altera configurações do kernel do host.',
  'sec.proc_sys_rw.fix':
    'Remova a linha; use as flags de "features" (force_rw_sys=1) onde for realmente necessário',
  'sec.host_binary_bind':
    '`{path}` é um binário/biblioteca do host vinculado ao contêiner; ele precisa corresponder à libc do contêiner e quebra sem aviso nas atualizações do host.',
  'sec.host_binary_bind.fix': 'Instale os pacotes correspondentes dentro do contêiner (nv.version_mismatch)',
  'intel.huc':
    'O firmware HuC não está carregado em {pci}, então a codificação de baixo consumo (VDEnc) não está disponível; em GPUs só LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake e mais recentes) isso significa nenhuma codificação H.264/HEVC por hardware.',
  'intel.huc.forced':
    'O firmware HuC não está carregado em {pci}, então a codificação de baixo consumo (VDEnc) não está disponível; em GPUs só LP (Jasper Lake, Elkhart Lake, Arc, Meteor Lake e mais recentes) isso significa nenhuma codificação H.264/HEVC por hardware. O i915 está forçado com enable_guc={value}.',
  'intel.huc.fix':
    'Mantenha o pve-firmware atualizado; defina enable_guc=2 só em plataformas mais antigas que precisem disso (nunca naquelas em que 3 é o padrão), depois atualize o initramfs e reinicie',
  'intel.sriov_vf':
    '`{path}` pertence a uma função virtual SR-IOV: a PMU do i915 não está disponível em VFs (`PMU not supported for this GPU`), então a ocupação dos motores só pode ser lida na função física.',
  'intel.sriov_vf.fix': 'Monitore a função física no host',
  'amd.kfd': 'O VA-API precisa só do nó render, mas o ROCm/HIP (ollama, PyTorch) também precisa de /dev/kfd.',
  'amd.kfd.compute':
    'O VA-API precisa só do nó render, mas o ROCm/HIP (ollama, PyTorch) também precisa de /dev/kfd, e este contêiner parece ser uma carga de trabalho de computação.',
  'amd.kfd.fix': 'Repasse /dev/kfd com o gid render do contêiner',
  'subid.not_allowed.uid':
    '`{file}` não permite que o root mapeie o uid {ids} do host (necessário para `lxc.idmap: {entry}`). O contêiner não vai iniciar: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.gid':
    '`{file}` não permite que o root mapeie o gid {ids} do host (necessário para `lxc.idmap: {entry}`). O contêiner não vai iniciar: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_uid':
    '`{file}` não existe (necessário para `lxc.idmap: {entry}`). O contêiner não vai iniciar: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.no_file_gid':
    '`{file}` não existe (necessário para `lxc.idmap: {entry}`). O contêiner não vai iniciar: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.fix': 'Acrescente a {file} (não é preciso reiniciar o host; reinicie o contêiner)',
  'subid.typo_file': '`{file}` não é lido por nada; newuidmap/newgidmap leem `{right}`.',
  'subid.typo_file.fix': 'Mova as linhas dele para {right}',
  'subid.nss':
    'Os IDs subordinados vêm de um módulo NSS neste host; o painel não consegue verificá-los a partir de /etc/subuid e /etc/subgid.',
  'check.pass': 'Nada a relatar.',
  'check.could_not_run': 'Não foi possível executar esta verificação: {error}',
  'cgroup.v1_key.unprivileged':
    '`{line}` é uma chave de cgroup v1. Este host usa cgroup v2, então a linha não tem efeito — e, de qualquer forma, um contêiner sem privilégios não precisa de regra de permissão: desde o PVE 7.0, o cgroup de dispositivos dele permite todos os dispositivos, e quem decide são o dono e o modo do nó. O PVE registra `{key} is deprecated, this will be a hard error in the future!`.',
  'cgroup.not_allowed.denied':
    '{count, plural, one {{nodes} está bloqueado por `{line}`: o arquivo aparece no contêiner, mas todo open() retorna `Operation not permitted`.} other {{nodes} estão bloqueados por `{line}`: os arquivos aparecem no contêiner, mas todo open() retorna `Operation not permitted`.}}',
  'cgroup.not_allowed.fix.deny':
    'Remova a linha deny (ou restrinja-a para que não corresponda mais ao dispositivo)',
  'cgroup.allow_all.unprivileged':
    '`lxc.cgroup2.devices.allow: a` já é o padrão para contêineres sem privilégios desde o PVE 7.0 (userns.conf.d/01-pve.conf do pve-container): a linha não muda nada. O que o contêiner pode abrir é decidido pelo dono e pelo modo dos nós.',
  'cgroup.not_allowed.not_needed':
    '{count, plural, one {{nodes} está montado, mas o cgroup de dispositivos não o permite: open() retorna `Operation not permitted`. O contêiner não precisa dele para VA-API nem para computação.} other {{nodes} estão montados, mas o cgroup de dispositivos não os permite: open() retorna `Operation not permitted`. O contêiner não precisa deles para VA-API nem para computação.}}',
  'subid.not_allowed.many_uid':
    '{count, plural, one {`{file}` não permite que o root mapeie o uid {ids} do host, de que o mapa de IDs precisa.} other {`{file}` não permite que o root mapeie os {count} intervalos de uid do host de que o mapa de IDs precisa: {ids}.}} O contêiner não vai iniciar: `newuidmap: uid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'subid.not_allowed.many_gid':
    '{count, plural, one {`{file}` não permite que o root mapeie o gid {ids} do host, de que o mapa de IDs precisa.} other {`{file}` não permite que o root mapeie os {count} intervalos de gid do host de que o mapa de IDs precisa: {ids}.}} O contêiner não vai iniciar: `newgidmap: gid range [{ctRange}) -> [{hostRange}) not allowed`.',
  'ct.vaapi_driver.docker':
    'O Docker roda dentro deste contêiner, e o próprio contêiner não tem driver VA-API. Aplicações de mídia em imagens Docker (Jellyfin, Frigate, Plex) trazem o próprio driver, que este painel não consegue ver; se a aplicação não informar decodificação por hardware, verifique dentro da imagem dela.',
  'ct.vaapi_driver.fix.docker': 'Execute vainfo dentro do contêiner Docker da aplicação',
  'ct.config_syntax.duplicate':
    '`{key}` está definida duas vezes (linhas {first} e {line}); o PVE mantém só a última.',
  'ct.config_syntax.inline_comment':
    'Linha {line}: o valor de `{key}` tem um comentário `#` na mesma linha. O PVE e o LXC não o removem: ele passa a fazer parte do valor.',
  'idmap.mark.ct_group': '{name} (contêiner)',
  'idmap.mark.dev_id': '{key} {kind}id',
  'idmap.mark.passthrough': 'compartilhado → host {host}',
  'idmap.mark.passthrough_named': 'compartilhado → host {host} ({name})',
  // accelerators next to the GPU (Coral, Hailo, NPUs): issue 11, helper 11acc
  'acc.driver.title': 'Os drivers dos aceleradores estão carregados no host',
  'acc.usb_single_device.title':
    'Aceleradores USB são repassados pelo barramento, não por um número de dispositivo',
  'acc.usb_access.title': 'O contêiner consegue abrir o Coral USB',
  'acc.driver.coral':
    'Ausente no host: {paths}. O driver Coral PCIe (`apex`, que precisa de `gasket`) não está carregado, embora a placa esteja presente ({pci}). O pacote `gasket-dkms` do Google não compila em kernels 6.5 e posteriores, então o módulo costuma se perder após uma atualização do kernel.',
  'acc.driver.coral_no_card':
    'Ausente no host: {paths}. Nenhuma placa Coral PCIe aparece no barramento PCI, e o driver dela (`apex`) não está carregado.',
  'acc.driver.hailo':
    'Ausente no host: {paths}. O driver Hailo PCIe (`hailo_pci`) não está carregado, embora a placa esteja presente ({pci}).',
  'acc.driver.hailo_no_card':
    'Ausente no host: {paths}. Nenhuma placa Hailo aparece no barramento PCI, e `hailo_pci` não está carregado.',
  'acc.driver.npu_intel':
    'Ausente no host: {paths}. O driver da NPU Intel (`intel_vpu`, Linux 6.3 ou posterior, com o firmware da NPU) não está carregado, embora a NPU esteja presente ({pci}).',
  'acc.driver.npu_amd':
    'Ausente no host: {paths}. O driver da NPU AMD (`amdxdna`, Linux 6.14 ou posterior) não está carregado, embora a NPU esteja presente ({pci}).',
  'acc.driver.npu':
    'Ausente no host: {paths}. Nenhum driver de NPU (`intel_vpu`, `amdxdna`) está carregado e nenhuma NPU aparece no barramento PCI.',
  'acc.driver.kfd':
    'Ausente no host: {paths}. `amdgpu`, que fornece o `/dev/kfd` do ROCm, não está carregado.',
  'acc.driver.unbound':
    'Ausente no host: {paths}. A placa em {pci} ({id}) não está vinculada a `{module}` (driver vinculado: {driver}): um driver de outro modelo a controla, ou nenhum.',
  'acc.driver.fix.coral':
    'Compile o driver Coral para o kernel em execução (um `gasket-dkms` que compile nele, como os pacotes feranick/gasket-driver, e os headers do kernel) e depois carregue `apex`',
  'acc.driver.fix.hailo':
    'Instale o `hailort-pcie-driver` da versão do HailoRT que o contêiner usa e depois carregue `{module}`',
  'acc.driver.fix.npu': 'Carregue `{module}` (`dmesg` aponta firmware de NPU ausente)',
  'acc.driver.fix.kfd': 'Carregue `amdgpu`; o `/dev/kfd` vem com ele',
  'acc.usb_single_device':
    '{path} ({id}) é repassado como um único nó de dispositivo USB: o número muda sempre que o dispositivo é reconectado ou o host reinicia, e a entrada passa a apontar para nada ou para outro dispositivo.',
  'acc.usb_single_device.coral':
    '{path} é um Coral USB ({id}) repassado como um único nó. O Coral se reenumera quando o firmware carrega (1a6e:089a "Global Unichip" vira 18d1:9302 "Google") com um novo número, então o nó no contêiner fica obsoleto e nenhuma Edge TPU é encontrada.',
  'acc.usb_single_device.moved':
    '{path} não existe mais: o Coral USB se reenumerou e agora é {now} ({id}). Uma entrada de dispositivo único não consegue acompanhá-lo: o contêiner não inicia (devN) ou inicia sem a TPU (bind).',
  'acc.usb_single_device.gone':
    '{path} não existe mais: os números de dispositivo USB mudam a cada reenumeração, reconexão e reinicialização.',
  'acc.usb_single_device.fix':
    'Monte em vez disso o diretório inteiro do barramento USB, para que o dispositivo fique acessível com qualquer número que receber',
  'acc.usb_single_device.fix.coral':
    'Monte em vez disso o diretório inteiro do barramento USB e adicione uma regra udev no host para que o contêiner sem privilégios consiga abrir os dois IDs do Coral',
  'acc.usb_access':
    '{path} (Coral USB, {id}) é {owner} no host; o contêiner sem privilégios vê {ctOwner} e não consegue abri-lo para escrita, então a libedgetpu não encontra nenhuma Edge TPU. O nó após a reenumeração recebe o mesmo dono.',
  'acc.usb_access.fix':
    'Adicione no host uma regra udev que dê modo 0666 aos dois IDs do Coral USB (1a6e:089a e 18d1:9302) e dispare o udev de novo',
  'acc.usb_access.minor':
    'O cgroup de dispositivos só deixa {path} passar como {devt}, o número atual do Coral USB. Quando ele se reenumera (1a6e:089a vira 18d1:9302), recebe o próximo número do barramento, e open() falha no contêiner com EPERM.',
  'acc.usb_access.fix.minor': 'Permita todos os números de dispositivo USB (major 189) em vez de um só',
  'acc.driver.hailo_other':
    'Ausente no host: {paths}. `{other}` está carregado, mas ele controla o Hailo-10H; esta placa ({pci}, um Hailo-8/8L) precisa de `hailo_pci`, que não está carregado.',
  // hooks and hookscripts, the generated config, invalid lxc.* values, read limits (issue 11, 11hook)
  'ct.hook_script.title': 'O que hooks e hookscripts fazem com os dispositivos',
  'ct.hook_script.ops':
    '`{hook}` é executado antes de o contêiner iniciar e faz isto com os dispositivos: {ops}. As verificações avaliam os nós como ficam depois disso.',
  'ct.hook_script.opaque':
    '`{hook}` faz com os dispositivos coisas que este painel não consegue acompanhar ({lines}). Os veredictos sobre os nós afetados dependem do que ele faz.',
  'ct.hook_script.unreadable':
    'Não foi possível ler inteiro o script de `{hook}` ({path}). Os veredictos sobre os nós de dispositivo dependem do que ele faz.',
  'ct.hook_script.missing':
    '`{hook}`: {path} não existe ou não é um arquivo comum. O PVE ou o LXC não conseguem executá-lo, e o contêiner não inicia.',
  'ct.hook_script.not_executable':
    '`{hook}`: {path} não é executável. O PVE ou o LXC não conseguem executá-lo (`is not executable`), e o contêiner não inicia.',
  'ct.hook_script.fix.missing': 'Restaurar o script e torná-lo executável, ou remover o hook',
  'ct.hook_script.mknod_unprivileged':
    '{count, plural, one {`{hook}` cria {nodes} com mknod dentro de um contêiner não privilegiado. O namespace de usuário dele não pode criar nós de dispositivo (`Operation not permitted`), então o nó não existe.} other {`{hook}` cria {nodes} com mknod dentro de um contêiner não privilegiado. O namespace de usuário dele não pode criar nós de dispositivo (`Operation not permitted`), então os nós não existem.}}',
  'ct.hook_script.fix.devn': 'Passar os nós com entradas devN: o PVE os cria no contêiner',
  'ct.hook_script.mknod_blocked':
    '{count, plural, one {Um hook cria {nodes}, mas o cgroup de dispositivos não o permite: open() retorna `Operation not permitted`.} other {Um hook cria {nodes}, mas o cgroup de dispositivos não os permite: open() retorna `Operation not permitted`.}}',
  'nv.lxc_hook.title': 'O hook nvidia do LXC consegue ser executado',
  'nv.lxc_hook':
    'O hook nvidia do LXC monta a cada início os nós de dispositivo NVIDIA ({devices}) e as bibliotecas do driver do host no contêiner (`nvidia-container-cli`), então as bibliotecas do contêiner sempre correspondem ao módulo do kernel do host.',
  'nv.lxc_hook.missing':
    '{path} não existe neste host: o hook de montagem não pode ser executado, e o contêiner não inicia.',
  'nv.lxc_hook.not_mount':
    'O hook nvidia do LXC está definido como `{key}`. Ele só funciona como `lxc.hook.mount` e, caso contrário, termina com `This hook must be used as a "mount" hook`: o contêiner não inicia.',
  'nv.lxc_hook.privileged':
    'O hook nvidia do LXC só funciona em contêineres não privilegiados (`This hook currently only works in unprivileged mode`). Neste contêiner privilegiado ele falha, e o contêiner não inicia.',
  'nv.lxc_hook.no_cli':
    'O hook nvidia do LXC executa `nvidia-container-cli`, que este host não tem (`Missing tool nvidia-container-cli`): o contêiner não inicia.',
  'nv.lxc_hook.no_env':
    'O hook nvidia do LXC não faz nada se `lxc.environment` não definir `NVIDIA_VISIBLE_DEVICES` com um valor diferente de vazio ou `void`: nenhum nó ou biblioteca NVIDIA chega ao contêiner.',
  'nv.lxc_hook.fix.cli': 'Instalar o pacote que o fornece',
  'nv.lxc_hook.fix.mount': 'Usar o hook como hook de montagem',
  'nv.lxc_hook.fix.privileged':
    'Remover o hook e passar os nós NVIDIA com devN, ou usar um contêiner não privilegiado',
  'nv.lxc_hook.fix.env': 'Definir as variáveis que o hook lê',
  'ct.generated_config.title': 'O que o LXC aplicou no último início',
  'ct.generated_config.extra':
    '{count, plural, one {O LXC aplicou no último início uma linha que a configuração não tem (um hook a escreveu, ou ela foi removida depois): {lines}.} other {O LXC aplicou no último início {count} linhas que a configuração não tem (um hook as escreveu, ou elas foram removidas depois): {lines}.}} As verificações deste contêiner em execução avaliam o que o LXC aplicou (`/var/lib/lxc/{vmid}/config`).',
  'ct.generated_config.not_applied':
    '{count, plural, one {Uma linha da configuração não foi aplicada no último início (foi adicionada depois): {lines}. Ela passa a valer quando o contêiner reiniciar; até lá as verificações avaliam o contêiner sem ela.} other {{count} linhas da configuração não foram aplicadas no último início (foram adicionadas depois): {lines}. Elas passam a valer quando o contêiner reiniciar; até lá as verificações avaliam o contêiner sem elas.}}',
  'ct.generated_config.hookscript':
    '{count, plural, one {O hookscript {script} adiciona uma linha à configuração gerada a cada início: {lines}. As verificações a contam como aplicada.} other {O hookscript {script} adiciona {count} linhas à configuração gerada a cada início: {lines}. As verificações as contam como aplicadas.}}',
  'ct.read_limits.title': 'Os arquivos dentro do contêiner foram lidos por inteiro',
  'ct.read_limits':
    '{count, plural, one {Não foi possível ler inteiro um arquivo dentro do contêiner: {paths}.} other {Não foi possível ler inteiros {count} arquivos dentro do contêiner: {paths}.}} Os veredictos de {checks} se baseiam no que foi lido e podem estar errados.',
  'ct.config_syntax.lxc_unknown_key':
    'Linha {line}: `{key}` não é uma chave que o PVE repassa ao LXC. O PVE descarta a linha (`unable to parse config`), então ela não tem efeito.',
  'ct.config_syntax.lxc_removed_key':
    'Linha {line}: `{key}` foi removida no LXC 3.0 (agora `{new}`). O PVE a repassa, e o LXC se recusa a iniciar o contêiner.',
  'ct.config_syntax.cgroup_key':
    'Linha {line}: `{key}` não é uma chave de regra de dispositivo (`lxc.cgroup2.devices.allow` ou `lxc.cgroup2.devices.deny`). O LXC não consegue aplicá-la, e o contêiner não inicia.',
  'ct.config_syntax.cgroup_rule':
    'Linha {line}: `{value}` não é uma regra de dispositivo que o LXC entenda (`a`, ou `c` ou `b` seguido de `major:minor` e `rwm`). O contêiner não inicia.',
  'ct.config_syntax.mount_fields':
    'Linha {line}: `{value}` tem menos que os quatro campos de uma entrada de montagem (origem, destino, tipo, opções). A montagem falha, e o contêiner não inicia.',
  'host.prestart_chown.fix.script':
    'Apagar estes comandos de {script} e passar os nós com devN: o PVE dá ao contêiner sua própria cópia de cada nó com o dono pedido',
  // NVIDIA MIG capability nodes (nv.mig_caps, issue 12)
  'nv.mig_caps.title': 'O contêiner consegue abrir uma instância MIG',
  'nv.mig_caps.none':
    'O MIG está ativo em {gpu} ({count, plural, one {uma instância de GPU} other {{count} instâncias de GPU}}: {instances}), mas o contêiner não tem nenhum dos nós de capacidade delas. Só com {gpu} o CUDA não encontra nenhum dispositivo: uma instância MIG é aberta pelo nó de acesso da sua instância de GPU e pelo de uma das suas instâncias de computação, `/dev/nvidia-caps/nvidia-cap<minor>` (números menores em `/proc/driver/nvidia/capabilities/gpu{minor}/mig/`).',
  'nv.mig_caps.half':
    'O contêiner tem só parte da instância de GPU {gi} de {gpu}; falta: {nodes}. Uma instância MIG precisa do nó de acesso da sua instância de GPU e do de uma das suas instâncias de computação.',
  'nv.mig_caps.blocked':
    '{count, plural, one {O nó de capacidade MIG {nodes} está montado, mas o cgroup de dispositivos não o permite} other {Os nós de capacidade MIG {nodes} estão montados, mas o cgroup de dispositivos não os permite}}: o CUDA não consegue abrir nenhuma instância de {gpu}.',
  'nv.mig_caps.fix.add':
    'Passar os nós de acesso da instância de GPU {gi} e da sua instância de computação {ci}',
  'nv.mig_caps.fix.allow': 'Permitir os nós de capacidade no cgroup de dispositivos',
  // collector status messages (api/collector-messages.ts, issue 12)
  'collector.msg.no_sample': 'Ainda não há medição desta GPU.',
  'collector.msg.stale': 'Nenhuma medição válida há {seconds} s: estes números são daquele momento.',
  'collector.msg.stale_why':
    'Nenhuma medição válida há {seconds} s ({why}): estes números são daquele momento.',
  'collector.msg.suspended': 'A GPU está em suspensão de runtime (ociosa); ela não é acordada para ser lida.',
  'collector.msg.legacy_amdgpu':
    'Este kernel usa o formato fdinfo do amdgpu anterior ao 5.19 (Linux 5.14–5.18, p. ex. PVE 7.2–7.4): o uso por processo não é suportado; atualize para um kernel do PVE 8.',
  'collector.msg.fdinfo_denied':
    '{count, plural, one {Não foi possível ler {count} processo (permissão negada): execute o serviço como root.} other {Não foi possível ler {count} processos (permissão negada): execute o serviço como root.}}',
  'collector.msg.fdinfo_stalled':
    '{count, plural, one {{count} processo mantém arquivos em um sistema de arquivos que não responde (uma montagem FUSE ou NFS travada); esses arquivos são ignorados.} other {{count} processos mantêm arquivos em um sistema de arquivos que não responde (uma montagem FUSE ou NFS travada); esses arquivos são ignorados.}}',
  'collector.msg.nvidia_starting': 'Iniciando o nvidia-smi.',
  'collector.msg.nvidia_missing_package':
    '{command} não encontrado: este host não tem os utilitários do driver da NVIDIA (pacote Debian `nvidia-smi`).',
  'collector.msg.nvidia_missing': '{command} não encontrado.',
  'collector.msg.nvidia_probe_failed': '`nvidia-smi --help-query-gpu` falhou ({error}).',
  'collector.msg.nvidia_no_index_fields':
    'O nvidia-smi não tem os campos de consulta `index` e `pci.bus_id`.',
  'collector.msg.nvidia_exited': 'nvidia-smi {name} terminou ({why}); reiniciando em {seconds} s.',
  'collector.msg.nvidia_hung': 'nvidia-smi {name} parou de responder; reiniciando.',
  'collector.msg.nvidia_mismatch':
    'As versões do driver e das bibliotecas da NVIDIA não coincidem: o módulo do kernel carregado difere das bibliotecas instaladas, geralmente após atualizar o driver sem reiniciar. Reinicie o host (ou recarregue os módulos nvidia).',
  'collector.msg.nvidia_mismatch_versions':
    'As versões do driver e das bibliotecas da NVIDIA não coincidem (NVML no espaço do usuário {nvml}, módulo do kernel carregado {module}): o módulo do kernel carregado difere das bibliotecas instaladas, geralmente após atualizar o driver sem reiniciar. Reinicie o host (ou recarregue os módulos nvidia).',
  'collector.msg.nvidia_mismatch_nvml':
    'As versões do driver e das bibliotecas da NVIDIA não coincidem (NVML no espaço do usuário {nvml}): o módulo do kernel carregado difere das bibliotecas instaladas, geralmente após atualizar o driver sem reiniciar. Reinicie o host (ou recarregue os módulos nvidia).',
  'collector.msg.nvidia_no_devices': 'O nvidia-smi não encontrou nenhuma GPU NVIDIA neste host.',
  'collector.msg.nvidia_no_driver':
    'O nvidia-smi não consegue se comunicar com o driver da NVIDIA: o módulo do kernel não está carregado.',
  'collector.msg.nvidia_bad_field': 'O nvidia-smi recusou um campo de consulta: {line}',
  'collector.msg.nvidia_failed': 'O nvidia-smi falhou: {line}',
  'collector.msg.pmon_unsupported': 'O nvidia-smi pmon não é suportado nesta GPU.',
  'collector.msg.pmon_unsupported_memory':
    'O nvidia-smi pmon responde "Not supported on the device(s)" para estas GPUs (algumas GeForce, vGPU e configurações MIG): o uso por processo é desconhecido; a memória por processo vem de `--query-compute-apps`, e a GPU inteira é medida como de costume.',
  'collector.msg.nvidia_not_listed': 'O nvidia-smi não lista esta GPU.',
  'collector.msg.nvidia_not_running': 'O nvidia-smi não está em execução para esta GPU.',
  'collector.msg.nvidia_gpu_stale':
    'O nvidia-smi não informa esta GPU há {seconds} s: os números são daquele momento.',
  // 12robust: nvidia-smi's first-output allowance (collect/nvidia-smi.ts)
  'collector.msg.nvidia_silent_start':
    'O nvidia-smi {name} não imprimiu nada em {seconds} s; reiniciando com uma espera maior. Sem o modo de persistência, o driver prepara as GPUs para o primeiro programa que as abre, o que pode levar dezenas de segundos: execute o `nvidia-persistenced`.',
  // 12a11y: evidence in the engine's own words (api-shim/src/health/checks/context.ts stated())
  'evidence.missing': 'não existe',
  'evidence.exists': 'existe',
  'evidence.pve_default_map': 'mapeamento padrão do PVE (`unprivileged: 1`): {map}',
  'evidence.subid_no_root': 'nenhuma entrada para root',
  'evidence.idmap_lines.uid':
    '{count, plural, one {{count} linha uid} other {{count} linhas uid}} (`lxc.idmap: u …`)',
  'evidence.idmap_lines.gid':
    '{count, plural, one {{count} linha gid} other {{count} linhas gid}} (`lxc.idmap: g …`)',
  'evidence.cgroup.v1': 'cgroup v1',
  'evidence.cgroup.v2': 'cgroup v2 (hierarquia unificada)',
  'evidence.cgroup.hybrid': 'cgroup v1 e v2 lado a lado (híbrido)',
  'evidence.cgroup.unknown': 'estrutura de cgroup não reconhecida',
  'evidence.apparmor.enabled': 'AppArmor está ativado',
  'evidence.apparmor.disabled': 'AppArmor está desativado',
  'evidence.no_driver': 'nenhum driver vinculado',
  'evidence.pci_no_driver': '{id}: nenhum driver vinculado',
  'evidence.node.char': 'dispositivo de caractere {devt}',
  'evidence.node.block': 'dispositivo de bloco {devt}',
  'evidence.node.file': 'arquivo comum, não um nó de dispositivo',
  'evidence.node.dir': 'diretório, não um nó de dispositivo',
  'evidence.no_group_gid': 'nenhum grupo tem o gid {gid}',
  'evidence.no_group_name': 'não há grupo {group}',
  'evidence.uvm_listed': '`nvidia_uvm` está listado',
  'evidence.uvm_not_listed': '`nvidia_uvm` não está listado',
  'evidence.no_cgroups_unset': '`no-cgroups` não está definido',
  'evidence.docker_dir': 'o diretório de dados do Docker existe',
  'evidence.no_vaapi_driver': 'nenhum driver VA-API (`*_drv_video.so`)',
  'evidence.read.denied': 'permissão negada',
  'evidence.read.not_regular': 'não é um arquivo comum',
  'evidence.read.not_directory': 'não é um diretório',
  'evidence.read.symlink': 'link simbólico, não seguido',
  'evidence.read.error': 'erro de leitura',
  'evidence.read.timeout': 'sem resposta dentro do prazo',
  'evidence.read.truncated': 'maior que o limite de tamanho, lido em parte',
  'evidence.unreadable': 'não pôde ser lido',
  'evidence.module_not_loaded': 'módulo não carregado',
  'evidence.privileged_config': 'nem `unprivileged: 1` nem `lxc.idmap`',
  'evidence.hook.not_executable': 'não executável',
  'evidence.hook.too_big': 'maior que o limite de tamanho, não lido',
  'evidence.hook.storage': 'seu armazenamento não é do tipo diretório: o arquivo não pode ser localizado',
  'evidence.unprivileged_ct': 'contêiner sem privilégios',
  'evidence.privileged_ct': 'contêiner privilegiado',
  'evidence.nvidia_nodes_passed': 'nós de dispositivo NVIDIA são repassados',
  'evidence.no_caps_major': 'nenhuma linha `nvidia-caps`',
} satisfies Record<string, string>;
