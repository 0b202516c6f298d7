#!/bin/sh
# Dependencies point one way: ui -> models -> store, api. Fails (listing each offence) when
#   - a file under ui/ includes a header of api/ or store/, or reaches the store or the wire itself
#     (LocalStore, StoreHandles, ApiClient, ApiJob, RestTransport);
#   - a file under models/ includes a header of ui/;
#   - a file under api/ or store/ includes a header of models/ or ui/; store/ a header of api/.
# Usage: check_layers.sh SOURCE_DIR
root=${1:-.}
status=0

headers() { # the header names of the given folders
    for d in "$@"; do
        find "$root/$d" -name '*.h' -exec basename {} \;
    done | sort -u
}

check() { # LAYER FORBIDDEN_FOLDERS...
    layer=$1
    shift
    for h in $(headers "$@"); do
        hits=$(grep -rn --include='*.h' --include='*.cpp' "#include \"$h\"" "$root/$layer" 2>/dev/null)
        if [ -n "$hits" ]; then
            echo "$hits" | sed "s|^$root/||; s|\$|   <- $layer/ must not include $h (from $*)|"
            status=1
        fi
    done
}

check ui api store
check models ui
check api models ui store
check store models ui api

hits=$(grep -rnE '\b(LocalStore|StoreHandles|ApiClient|ApiJob|RestTransport)\b' --include='*.h' --include='*.cpp' "$root/ui")
if [ -n "$hits" ]; then
    echo "$hits" | sed "s|^$root/||; s|\$|   <- ui/ goes through models/ (services, the session), never to the store or the wire|"
    status=1
fi
[ $status -eq 0 ] && echo "layers: ui -> models -> store, api; nothing points back"
exit $status
