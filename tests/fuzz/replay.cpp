// Replays fuzz inputs outside libFuzzer: every file named on the command line, or found in a directory
// named there, is passed once to the target's LLVMFuzzerTestOneInput. A crash or sanitizer report fails
// the test; an empty corpus fails too, so a target can never pass by testing nothing.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
// Optional, as for libFuzzer: a target that needs set-up once (an application object, a database) defines it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

namespace {

bool replayFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           static_cast<size_t>(bytes.size()));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(path).isDir()) {
            QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                replayed += replayFile(it.next()) ? 1 : 0;
        } else {
            replayed += replayFile(path) ? 1 : 0;
        }
    }
    QTextStream(stdout) << "replayed " << replayed << " inputs\n";
    return replayed > 0 ? 0 : 1;
}
