-- A key-data row may carry only staff FTEs (kindergartens), only teacher FTEs (schools), or both.
ALTER TABLE "TeacherFte" ALTER COLUMN "teacherFte" DROP NOT NULL;
