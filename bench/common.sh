# Sourced by bench/token/run.sh and bench/verify/run.sh: helpers shared by the benchmarks.

# The machine's CPU ticks and the ticks stolen by the hypervisor (a virtual machine's other
# guests), from /proc/stat: "TOTAL STOLEN". Two readings give the stolen share of a run.
cpu_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9 }' /proc/stat; }

# The stolen share, in percent, between two readings: stolen_percent T0 S0 T1 S1
stolen_percent() {
  awk -v t=$(($3 - $1)) -v s=$(($4 - $2)) 'BEGIN { printf "%.1f", t ? 100 * s / t : 0 }'
}
