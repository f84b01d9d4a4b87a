// SPDX-License-Identifier: AGPL-3.0-or-later
// The demo's answer to `nvidia-smi --help-query-gpu` (the collector's field probe): the list a
// 550-era driver printed, recorded in XueSongTap/XueSongTap.github.io commit c2fc96ad
// (_posts/2024-01-04-nvidia-smi-more.md; kept whole as
// test/fixtures/collect/samples/nvidia-smi-help-query-gpu-xuesongtap-2024.txt), trimmed to its
// header and the entries of the fields the demo answers: the collector's WANTED_GPU_FIELDS and
// `timestamp`. Each paragraph verbatim and in the recording's order (aliases such as
// `"name" or "gpu_name"` and quoted words inside descriptions included, as the probe meets them);
// the whole list is 24 KB, this 2 KB. fake-nvidia-smi.test.ts checks both against the recording.

export const DEMO_HELP_QUERY_GPU = `${[
  '\nList of valid properties to query for the switch "--query-gpu":',
  '"timestamp"\nThe timestamp of when the query was made in format "YYYY/MM/DD HH:MM:SS.msec".',
  '"driver_version"\nThe version of the installed NVIDIA display driver. This is an alphanumeric string.',
  '"name" or "gpu_name"\nThe official product name of the GPU. This is an alphanumeric string. For all products.',
  '"uuid" or "gpu_uuid"\nThis value is the globally unique immutable alphanumeric identifier of the GPU. It does not correspond to any physical label on the board.',
  '"pci.bus_id" or "gpu_bus_id"\nPCI bus id as "domain:bus:device.function", in hex.',
  '"index"\nZero based index of the GPU. Can change at each boot.',
  '"memory.total"\nTotal installed GPU memory.',
  '"memory.used"\nTotal memory allocated by active contexts.',
  '"utilization.gpu"\nPercent of time over the past sample period during which one or more kernels was executing on the GPU.\nThe sample period may be between 1 second and 1/6 second depending on the product.',
  '"utilization.memory"\nPercent of time over the past sample period during which global (device) memory was being read or written.\nThe sample period may be between 1 second and 1/6 second depending on the product.',
  '"utilization.encoder"\nPercent of time over the past sample period during which one or more kernels was executing on the Encoder Engine.\nThe sample period may be between 1 second and 1/6 second depending on the product.',
  '"utilization.decoder"\nPercent of time over the past sample period during which one or more kernels was executing on the Decoder Engine.\nThe sample period may be between 1 second and 1/6 second depending on the product.',
  '"temperature.gpu"\n Core GPU temperature. in degrees C.',
  '"power.draw"\nThe last measured power draw for the entire board, in watts. On Ampere or newer devices, returns average power draw over 1 sec. On older devices, returns instantaneous power draw. Only available if power management is supported. This reading is accurate to within +/- 5 watts.',
  '"clocks.current.sm" or "clocks.sm"\nCurrent frequency of SM (Streaming Multiprocessor) clock.',
  '"clocks.max.sm" or "clocks.max.sm"\nMaximum frequency of SM (Streaming Multiprocessor) clock.',
  '"mig.mode.current"\nThe MIG mode that the GPU is currently operating under.',
].join('\n\n')}\n`;
