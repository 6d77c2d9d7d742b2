# Shared by the scripts under ops/: a database of their own, portal nodes on free ports, and the
# API calls that make real data. Sourced, not run. The caller sets OUT (its folder under target/),
# JAR, DB and ROLE before calling anything here.

log() { printf '\n==> %s\n' "$*" >&2; }
figure() { printf '  %-62s %s\n' "$1" "$2" | tee -a "$OUT/report.txt" >&2; }
fail() {
  printf '\nFAILED: %s\n' "$*" | tee -a "$OUT/report.txt" >&2
  exit 1
}
expect() { # expect WHAT WANTED GOT
  [ "$2" = "$3" ] || fail "$1: expected $2, got $3"
}

export PORTAL_DB_HOST="${PORTAL_DB_HOST:-127.0.0.1}" PORTAL_DB_PORT="${PORTAL_DB_PORT:-5432}"

# SQL as a database superuser: the local socket as the postgres system user where the cluster is
# on this machine, else TCP as PORTAL_DB_ADMIN_USER (as .ci/run does).
as_superuser() {
  if [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && [ -d /var/run/postgresql ]; then
    runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PORTAL_DB_PORT" -d postgres "$@"
  else
    psql -X -q -v ON_ERROR_STOP=1 -h "$PORTAL_DB_HOST" -p "$PORTAL_DB_PORT" \
      -U "${PORTAL_DB_ADMIN_USER:-postgres}" -d postgres "$@"
  fi
}

# Drops and makes again the role ROLE and its empty database DB, with a new random password.
provision_database() {
  DB_PASSWORD="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  as_superuser -o /dev/null -v db="$DB" -v role="$ROLE" -v pw="$DB_PASSWORD" <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS :"db";
DROP ROLE IF EXISTS :"role";
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"role";
SQL
}

# Drops DB and makes it again, empty, for the same role.
recreate_database() {
  as_superuser -o /dev/null -v db="$DB" -v role="$ROLE" <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS :"db";
CREATE DATABASE :"db" OWNER :"role";
SQL
}

db() {
  PGPASSWORD="$DB_PASSWORD" psql -X -q -At -v ON_ERROR_STOP=1 -h "$PORTAL_DB_HOST" \
    -p "$PORTAL_DB_PORT" -U "$ROLE" -d "$DB" "$@"
}

build_pg_jar() {
  log "Building the portal for PostgreSQL"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg
}

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -ltnH "sport = :$port" 2>/dev/null | grep -q . || { echo "$port"; return; }
  done
}

ADMIN_PASSWORD="Quiet-Harbour-Lantern-42"
declare -A PID BASE

# start_node NAME PORT [VAR=value ...]: the PostgreSQL jar on PORT with a data directory of its
# own, in demo mode, sharing only the database and (when OUT/keys has them) the signing keys.
# A loaded CI machine can take longer than the pool's default five seconds to open a connection
# while both nodes start, hence the longer acquisition timeout.
start_node() {
  local name="$1" port="$2"
  shift 2
  mkdir -p "$OUT/node-$name"
  local keys=()
  if [ -f "$OUT/keys/jwt-signing-key.pem" ]; then
    keys=(PORTAL_IDENTITY_JWT_SIGNING_KEY="$OUT/keys/jwt-signing-key.pem"
      PORTAL_IDENTITY_JWT_VERIFICATION_KEY="$OUT/keys/jwt-verification-key.pem")
  fi
  env PORTAL_DB_NAME="$DB" PORTAL_DB_USER="$ROLE" PORTAL_DB_PASSWORD="$DB_PASSWORD" \
    PORTAL_DATA_DIR="$OUT/node-$name" PORT="$port" PORTAL_DEMO=true \
    PORTAL_ADMIN_PASSWORD="$ADMIN_PASSWORD" PORTAL_PUBLIC_URL="http://127.0.0.1:$port" \
    PORTAL_LOG_JSON=true QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S "${keys[@]}" "$@" \
    java -Xmx384m -XX:TieredStopAtLevel=1 -Dquarkus.profile=pg -jar "$JAR" \
    >>"$OUT/node-$name.log" 2>&1 &
  PID[$name]=$!
  BASE[$name]="http://127.0.0.1:$port"
}

# wait_ready NAME SINCE_EPOCH_SECONDS
wait_ready() {
  local name="$1" started="$2"
  while [ $(($(date +%s) - started)) -lt 600 ]; do
    if curl -fsS -o /dev/null "${BASE[$name]}/q/health/ready" 2>/dev/null; then
      return
    fi
    kill -0 "${PID[$name]}" 2>/dev/null || fail "node $name died at start; see $OUT/node-$name.log"
    sleep 0.2
  done
  fail "node $name not ready within ten minutes"
}

stop_node() {
  local name="$1"
  if [ -n "${PID[$name]:-}" ] && kill -0 "${PID[$name]}" 2>/dev/null; then
    kill "${PID[$name]}" 2>/dev/null || true
    wait "${PID[$name]}" 2>/dev/null || true
  fi
  PID[$name]=""
}

stop_nodes() {
  local name
  for name in "${!PID[@]}"; do
    stop_node "$name"
  done
}

# api NODE METHOD PATH [curl options...]: prints "status<TAB>body" of one JSON request.
api() {
  local node="$1" method="$2" path="$3"
  shift 3
  curl -sS -o "$OUT/body" -w '%{http_code}' -X "$method" "${BASE[$node]}$path" \
    -H 'Content-Type: application/json' "$@" 2>/dev/null || echo 000
  printf '\t'
  cat "$OUT/body" 2>/dev/null || true
}
status() { cut -f1 <<<"$1" | head -1; }
body() { cut -f2- <<<"$1"; }

login() { # login NODE EMAIL PASSWORD: prints the token
  local answer
  answer=$(api "$1" POST /api/auth/login -d "$(jq -n --arg e "$2" --arg p "$3" '{email: $e, password: $p}')")
  [ "$(status "$answer")" = 200 ] || fail "sign-in of $2 on node $1 answered $(status "$answer")"
  body "$answer" | jq -r .token
}

# make_pdf FILE TEXT: a one-page PDF whose page reads TEXT (letters, digits and spaces).
make_pdf() {
  local file="$1" text="$2" stream offsets=() body="" obj
  stream="BT /F1 14 Tf 72 720 Td ($text) Tj ET"
  local objects=(
    "<< /Type /Catalog /Pages 2 0 R >>"
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"
    "<< /Length ${#stream} >>
stream
$stream
endstream"
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
  body="%PDF-1.4
"
  local i=1
  for obj in "${objects[@]}"; do
    offsets+=("${#body}")
    body+="$i 0 obj
$obj
endobj
"
    i=$((i + 1))
  done
  local xref=${#body}
  body+="xref
0 6
0000000000 65535 f 
"
  for off in "${offsets[@]}"; do
    body+=$(printf '%010d 00000 n ' "$off")
    body+="
"
  done
  body+="trailer
<< /Size 6 /Root 1 0 R >>
startxref
$xref
%%EOF
"
  printf '%s' "$body" >"$file"
}

# submit_passing NODE TOKEN [UPLOAD_TEXT]: starts a home-visits draft, fills it from
# ops/home-visits-draft.json, uploads a note when asked, submits; prints the submission id.
submit_passing() {
  local node="$1" token="$2" upload="${3:-}" answer id key ver text
  answer=$(api "$node" POST /api/submissions -H "Authorization: Bearer $token" -d '{"credentialId": "home-visits"}')
  [ "$(status "$answer")" = 201 ] || fail "start on node $node answered $(status "$answer"): $(body "$answer")"
  id=$(body "$answer" | jq -r .id)
  answer=$(api "$node" GET "/api/submissions/$id" -H "Authorization: Bearer $token")
  while read -r key ver; do
    text=$(jq --arg k "$key" '{text: (.[$k] // "")}' ops/home-visits-draft.json)
    local saved
    saved=$(api "$node" PUT "/api/submissions/$id/fields/$key" -H "Authorization: Bearer $token" \
      -H "If-Match: \"$ver\"" -d "$text")
    [ "$(status "$saved")" = 200 ] || fail "saving $key on node $node answered $(status "$saved")"
  done < <(body "$answer" | jq -r '.fields[] | "\(.key) \(.version)"')
  if [ -n "$upload" ]; then
    make_pdf "$OUT/note.pdf" "$upload"
    local code
    code=$(curl -sS -o "$OUT/upload.json" -w '%{http_code}' -X PUT \
      "${BASE[$node]}/api/submissions/$id/uploads/document:artifact-3:0" \
      -H "Authorization: Bearer $token" -F "file=@$OUT/note.pdf;type=application/pdf")
    [ "$code" = 200 ] || fail "upload on node $node answered $code: $(cat "$OUT/upload.json")"
  fi
  local checklist ack
  checklist=$(api "$node" GET "/api/submissions/$id/checklist" -H "Authorization: Bearer $token")
  [ "$(body "$checklist" | jq -r .canSubmit)" = true ] || fail "checklist blocks submit: $(body "$checklist")"
  ack=$(body "$checklist" | jq -c '{acknowledged: [.findings[] | select(.severity == "ADVISORY") | .id]}')
  answer=$(api "$node" POST "/api/submissions/$id/submit" -H "Authorization: Bearer $token" \
    -H "Idempotency-Key: $(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')" -d "$ack")
  [ "$(status "$answer")" = 201 ] || fail "submit on node $node answered $(status "$answer"): $(body "$answer")"
  echo "$id"
}

# score NODE TOKEN CODE: claims the item, saves the sheet of ops/home-visits-sheet.json, submits.
score() {
  local node="$1" token="$2" code="$3" answer etag
  answer=$(api "$node" POST "/api/assessment/reviews/$code/claim" -H "Authorization: Bearer $token")
  [ "$(status "$answer")" = 200 ] || fail "claim of $code on node $node answered $(status "$answer")"
  etag=$(curl -sS -D - -o /dev/null "${BASE[$node]}/api/assessment/reviews/$code/sheet" \
    -H "Authorization: Bearer $token" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
  answer=$(api "$node" PUT "/api/assessment/reviews/$code/sheet" -H "Authorization: Bearer $token" \
    -H "If-Match: $etag" -d @ops/home-visits-sheet.json)
  [ "$(status "$answer")" = 200 ] || fail "sheet of $code on node $node answered $(status "$answer"): $(body "$answer")"
  answer=$(api "$node" POST "/api/assessment/reviews/$code/submit" -H "Authorization: Bearer $token" \
    -H "Idempotency-Key: $(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')")
  case "$(status "$answer")" in
    200 | 201) ;;
    *) fail "score submit of $code on node $node answered $(status "$answer"): $(body "$answer")" ;;
  esac
}
