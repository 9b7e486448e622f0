"""Airflow DAG: lede every night with SparkSubmitOperator (provider apache-airflow-providers-apache-spark).

The Spark connection (conn_id below) says where to submit (yarn, k8s://..., spark://...); leave its deploy
mode at client (the connection's extra {"deploy-mode": "client"}, the default), so that spark-submit ends with
lede's exit code. In cluster mode every failure is exit code 1 and is retried.

Run date: the day the nightly run starts, in UTC: the end of the DAG run's data interval
(``{{ data_interval_end | ds }}``), which is the date cron (jobs/lede.cron) and the Kubernetes schedule
(jobs/lede-scheduled.yaml) give the same night. ``{{ ds }}``, the start of the interval, would file the night
under the day before. A backfill or a cleared task reruns exactly its night's partitions.

Retries: only for what a retry can fix. Exit code 1 (unexpected: a lost executor, a file system that failed
for a moment) and 5 (another run holds the date's lock) are retried; 2 (usage), 3 (input or configuration)
and 4 (too many rejects: the results are written) fail the task for good, with the code in the message.
"""
import re
from datetime import datetime, timedelta

from airflow import DAG
from airflow.exceptions import AirflowException, AirflowFailException
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

LEDE_HOME = "/opt/lede"

# lede's exit codes that a second attempt cannot change
FINAL_EXIT_CODES = {2: "usage error", 3: "input or configuration error",
                    4: "too many rejects (all results were written)"}


class LedeSubmitOperator(SparkSubmitOperator):
    """SparkSubmitOperator that fails for good on lede's exit codes 2, 3 and 4 instead of retrying them."""

    def execute(self, context):
        try:
            return super().execute(context)
        except AirflowException as e:
            # the Spark hook's message ends "... Error code is: N."
            found = re.search(r"[Ee]rror code is:? *(\d+)", str(e))
            code = int(found.group(1)) if found else None
            if code in FINAL_EXIT_CODES:
                raise AirflowFailException(
                    f"lede exited with code {code} ({FINAL_EXIT_CODES[code]}); a retry would not help. {e}") from e
            raise

with DAG(
    dag_id="lede_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["news", "lede"],
) as dag:
    LedeSubmitOperator(
        task_id="lede_run",
        conn_id="spark_default",
        application=f"{LEDE_HOME}/target/lede-0.1.0-spark.jar",
        java_class="org.lede.cli.Main",
        properties_file=f"{LEDE_HOME}/conf/spark-defaults.conf",
        files=f"{LEDE_HOME}/conf/log4j2.properties",
        conf={
            "spark.driver.extraJavaOptions": "-Dlog4j2.configurationFile=log4j2.properties",
            "spark.executor.extraJavaOptions": "-Dlog4j2.configurationFile=log4j2.properties",
        },
        application_args=[
            "run",
            "--input", "hdfs:///news/incoming",
            "--output", "hdfs:///news/lede",
            "--run-date", "{{ data_interval_end | ds }}",
        ],
    )
