#include "models/db/SqlScript.h"

#include <gtest/gtest.h>

using namespace fd;

TEST(SqlScript, SplitsAtTopLevelSemicolonsOnly)
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'a;b');\n"
        "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
        "INSERT INTO \"odd;name\" VALUES (1)  ;  ;\n"
        "CREATE FUNCTION f() RETURNS void AS $body$ BEGIN PERFORM 1; END; $body$ LANGUAGE plpgsql;\n"
        "SELECT $$x;y$$;\n"
        "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; DELETE FROM a; END;\n"
        "SELECT 1");
    const QStringList statements = splitSqlScript(script);
    ASSERT_EQ(statements.size(), 7) << statements.join(QStringLiteral("\n|\n")).toStdString();
    EXPECT_EQ(statements[0], QStringLiteral("CREATE TABLE a (x TEXT DEFAULT 'a;b')"));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("INSERT INTO a VALUES ('it''s; fine')")));
    EXPECT_EQ(statements[2], QStringLiteral("INSERT INTO \"odd;name\" VALUES (1)"));
    EXPECT_TRUE(statements[3].contains(QStringLiteral("PERFORM 1; END;")));
    EXPECT_EQ(statements[4], QStringLiteral("SELECT $$x;y$$"));
    EXPECT_TRUE(statements[5].startsWith(QStringLiteral("CREATE TRIGGER")));
    EXPECT_TRUE(statements[5].endsWith(QStringLiteral("END")));
    EXPECT_EQ(statements[6], QStringLiteral("SELECT 1"));
}

TEST(SqlScript, UnterminatedPiecesDoNotLoseText)
{
    EXPECT_EQ(splitSqlScript(QStringLiteral("SELECT 'open;")), QStringList{QStringLiteral("SELECT 'open;")});
    EXPECT_EQ(splitSqlScript(QStringLiteral("SELECT 1 /* open")), QStringList{QStringLiteral("SELECT 1")});
    EXPECT_TRUE(splitSqlScript(QStringLiteral("  -- only a comment")).isEmpty());
    EXPECT_EQ(splitSqlScript(QStringLiteral("SELECT a$b FROM t; SELECT 2")).size(), 2);
}
