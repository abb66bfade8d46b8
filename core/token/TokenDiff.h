#pragma once

#include "core/token/Finding.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace tid::core {

// Parent → child comparison of two tokens, e.g. a subject token and the token a token exchange
// produced from it: scopes removed or added, audience change, actor-chain growth. Widening
// (a scope the parent did not hold) is an error — the downscoping check.
struct TokenDiff
{
    QStringList scopesRemoved;
    QStringList scopesAdded;
    QStringList scopesKept;
    QStringList audienceBefore;
    QStringList audienceAfter;
    QString subjectBefore;
    QString subjectAfter;
    int chainDepthBefore = 0;
    int chainDepthAfter = 0;
    QStringList actorsAdded; // actors of the child not in the parent's chain, current first
    std::optional<qint64> expBefore;
    std::optional<qint64> expAfter;
    Findings findings;

    bool audienceChanged() const { return audienceBefore != audienceAfter; }
    bool widened() const { return !scopesAdded.isEmpty(); }

    static TokenDiff compare(const QJsonObject &parent, const QJsonObject &child);
};

} // namespace tid::core
