#include "core/history/RawCodec.h"

#include <zlib.h>

#include <memory>

namespace tid::core::RawCodec {

namespace {

// The most frequent strings last: deflate reaches them with the shortest distances.
constexpr char Dictionary[] =
    R"("FLOW_NODE_EXECUTION_STARTED","FLOW_NODE_EXECUTION_COMPLETED","FLOW_NODE_EXECUTION_FAILED",)"
    R"("node_id":"","node_status":"COMPLETE","node_type":"TASK_EXECUTION","step_number":"1",)"
    R"("attempt_number":"1","flow_type":"AUTHENTICATION","execution_id":"","app_id":"",)"
    R"("FLOW_STARTED","FLOW_COMPLETED","FLOW_FAILED","component":"FlowEngine","user_id":"",)"
    R"("CREDENTIAL_ISSUED","CREDENTIAL_ROTATED","CREDENTIAL_REVOKED","CONSENT_GRANTED",)"
    R"("CONSENT_REVOKED","CIBA_REQUESTED","CIBA_APPROVED","CIBA_DENIED","CIBA_EXPIRED",)"
    R"("ADMIN_CHANGE","TOKEN_INTROSPECTED","bindingMessage":"","requestId":"","decidedBy":"",)"
    R"({"clientId":"","data":{"act":{"sub":""},"alg":"ES256","aud":"https://","clientEntityId":"",)"
    R"("expiresAt":"2026-","grantType":"client_credentials","jti":"","parentJti":"","scope":"",)"
    R"("sub":""},"id":"","resourceServer":"https://","subject":"","timestamp":"2026-",)"
    R"("traceId":"","type":"TOKEN_ISSUED"}"revocation_reason":"explicit","jti":"","TOKEN_REVOKED",)"
    R"("error":{"code":"400","message":"","type":"client_error"},"duration_ms":"1",)"
    R"("urn:openid:params:grant-type:ciba","authorization_code","refresh_token",)"
    R"("urn:ietf:params:oauth:grant-type:token-exchange","client_credentials",)"
    R"({"trace_id":"","event_id":"","type":"TOKEN_ISSUANCE_FAILED","timestamp":"2026-",)"
    R"("component":"AuthHandler","status":"failure","data":{"client_id":"","duration_ms":"",)"
    R"("grant_type":"client_credentials","scope":""}})"
    R"({"trace_id":"","event_id":"","type":"TOKEN_ISSUANCE_STARTED","timestamp":"2026-",)"
    R"("component":"AuthHandler","status":"in_progress","data":{"client_id":"",)"
    R"("grant_type":"client_credentials","scope":""}})"
    R"({"trace_id":"","event_id":"","type":"TOKEN_ISSUED","timestamp":"2026-12-01T20:32:52.)"
    R"(Z","component":"AuthHandler","status":"success","data":{"client_id":"","duration_ms":"",)"
    R"("grant_type":"client_credentials","scope":""}})";

struct Streams
{
    z_stream deflater{};
    z_stream inflater{};
    bool deflaterReady = false;
    bool inflaterReady = false;
    ~Streams()
    {
        if (deflaterReady)
            deflateEnd(&deflater);
        if (inflaterReady)
            inflateEnd(&inflater);
    }
};

Streams &streams()
{
    thread_local Streams s;
    return s;
}

const Bytef *dictionary()
{
    return reinterpret_cast<const Bytef *>(Dictionary);
}
constexpr uInt DictionarySize = sizeof(Dictionary) - 1;

} // namespace

QByteArray encode(QByteArrayView text)
{
    Streams &s = streams();
    if (!s.deflaterReady) {
        // Raw deflate (no zlib header or checksum: the row is small), a 32 KiB window.
        if (deflateInit2(&s.deflater, 6, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            return 'p' + text.toByteArray();
        s.deflaterReady = true;
    } else {
        deflateReset(&s.deflater);
    }
    deflateSetDictionary(&s.deflater, dictionary(), DictionarySize);
    QByteArray out(qsizetype(deflateBound(&s.deflater, uLong(text.size()))) + 1, Qt::Uninitialized);
    out[0] = 'z';
    s.deflater.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(text.data()));
    s.deflater.avail_in = uInt(text.size());
    s.deflater.next_out = reinterpret_cast<Bytef *>(out.data() + 1);
    s.deflater.avail_out = uInt(out.size() - 1);
    if (deflate(&s.deflater, Z_FINISH) != Z_STREAM_END)
        return 'p' + text.toByteArray();
    const qsizetype size = qsizetype(s.deflater.total_out) + 1;
    if (size >= text.size() + 1)
        return 'p' + text.toByteArray();
    out.resize(size);
    return out;
}

QByteArray decode(QByteArrayView stored, bool *ok)
{
    if (ok)
        *ok = true;
    if (stored.isEmpty())
        return {};
    if (stored.front() == 'p')
        return stored.sliced(1).toByteArray();
    if (stored.front() == '{') // written before compression, or by hand
        return stored.toByteArray();
    auto fail = [ok] {
        if (ok)
            *ok = false;
        return QByteArray();
    };
    if (stored.front() != 'z')
        return fail();
    Streams &s = streams();
    if (!s.inflaterReady) {
        if (inflateInit2(&s.inflater, -15) != Z_OK)
            return fail();
        s.inflaterReady = true;
    } else {
        inflateReset(&s.inflater);
    }
    inflateSetDictionary(&s.inflater, dictionary(), DictionarySize);
    QByteArray out;
    out.resize(std::max<qsizetype>(256, stored.size() * 4));
    s.inflater.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(stored.data() + 1));
    s.inflater.avail_in = uInt(stored.size() - 1);
    qsizetype produced = 0;
    while (true) {
        s.inflater.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        s.inflater.avail_out = uInt(out.size() - produced);
        const int rc = inflate(&s.inflater, Z_FINISH);
        produced = out.size() - s.inflater.avail_out;
        if (rc == Z_STREAM_END)
            break;
        if ((rc == Z_BUF_ERROR || rc == Z_OK) && s.inflater.avail_out == 0 &&
            out.size() < (64 << 20)) {
            out.resize(out.size() * 2);
            continue;
        }
        return fail();
    }
    out.resize(produced);
    return out;
}

} // namespace tid::core::RawCodec
