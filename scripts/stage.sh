# Sourced by the scripts: `stage NAME COMMAND...` runs a command and prints how long it took.
stage() {
    local name=$1
    shift
    local start=$SECONDS
    echo "==> $name"
    if "$@"; then
        echo "==> $name: done in $((SECONDS - start)) s"
    else
        local code=$?
        echo "==> $name: FAILED (exit $code) after $((SECONDS - start)) s"
        return $code
    fi
}
