"""Airflow DAG: lede every night with SparkSubmitOperator (provider apache-airflow-providers-apache-spark).

The Spark connection (conn_id below) says where to submit (yarn, k8s://..., spark://...). The run date is the
DAG run's logical date, so a backfill or a cleared task reruns exactly that date's partitions.
"""
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

LEDE_HOME = "/opt/lede"

with DAG(
    dag_id="lede_nightly",
    schedule="30 2 * * *",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=15)},
    tags=["news", "lede"],
) as dag:
    SparkSubmitOperator(
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
            "--run-date", "{{ ds }}",
        ],
    )
