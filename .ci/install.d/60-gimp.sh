# Sourced by .ci/run: builds the Debian trixie chroot with GIMP 3 that .ci/e2e.d/60-gimp.sh runs
# the GIMP plug-in's end-to-end test in (the host's Debian ships only GIMP 2.10). Built once per
# machine under /var/cache and reused by later steps and runs; ~730 MB, 4-8 min to build on a
# loaded 2-core machine.
export EASEL_GIMP_CHROOT="${EASEL_GIMP_CHROOT:-/var/cache/easel-ci/gimp-trixie}"
bash gimp-plugin/tests/e2e/gimp_chroot.sh build "$EASEL_GIMP_CHROOT"
