#include "generatedcalls.h"

#include <QByteArray>
#include <QFile>

#include <cstdio>

namespace huddle::testsupport {

bool writeGeneratedCalls(const QString &path, int rows, char idPrefix, int agents, int teams, int month)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QByteArray chunk = "call_id,agent,team,date,time,answered,wait_s,talk_s,csat\n";
    char line[128];
    for (int i = 0; i < rows; ++i) {
        const int length = std::snprintf(line, sizeof line,
                                         "%c%d,Agent %d,Team %d,2021-%02d-%02d,%02d:%02d:%02d,Y,%d,%d,%d\n",
                                         idPrefix, i, i % agents, i % teams, month, 1 + i % 28, 8 + i % 10,
                                         i % 60, i / 60 % 60, i % 90, 60 + i % 600, 1 + i % 5);
        chunk.append(line, length);
        if (chunk.size() > (1 << 20) || i + 1 == rows) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    return rows > 0 || file.write(chunk) == chunk.size();
}

} // namespace huddle::testsupport
