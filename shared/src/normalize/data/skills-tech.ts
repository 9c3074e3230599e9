// Curated technology skills: one skill per line, `Label|alias|alias…`. An alias written
// `=Go` matches case-sensitively (short words that are also English words).
// Hand-written; O*NET "Technology Skills" (CC BY 4.0, USDOL/ETA) and the ESCO ICT skills
// collection (© European Union) were consulted for coverage, nothing was copied from them.
export const TECH_SKILLS = `
# languages
JavaScript|js|ecmascript|es6|vanilla js
TypeScript
Python|python3
Java|=JAVA|core java|j2ee|java ee|jakarta ee
Kotlin
Scala
=Go|golang
Rust
C++|cpp|c/c++
C#|c sharp|csharp
.NET|dotnet|.net core|asp.net|asp.net core
Ruby
PHP
Swift
Objective-C|objc|objective c
=R|r programming|rstudio
MATLAB
=Julia
Perl
Elixir
Erlang
Haskell
Clojure
F#
Dart
Lua
Groovy
Shell scripting|bash|zsh|shell scripts|bash scripting
PowerShell
SQL|t-sql|pl/sql|plsql|tsql|ansi sql
HTML|html5
CSS|css3
Sass|scss
Solidity
COBOL
Fortran
Assembly|assembly language
VHDL
Verilog|systemverilog
# web / frontend
React|react.js|reactjs
Next.js|nextjs|next js
Vue.js|vue|vuejs|vue.js 3|nuxt|nuxt.js
Angular|angularjs|angular.js
Svelte|sveltekit
Redux|redux toolkit
jQuery
Tailwind CSS|tailwind|tailwindcss
=Bootstrap
Webpack
=Vite
=Babel
GraphQL|apollo graphql
REST APIs|restful|rest api|restful apis|restful api|rest apis
gRPC
WebSockets|websocket
Web accessibility|accessibility|wcag|a11y|aria
Responsive design
Storybook
Jest
Cypress
Playwright
Selenium
Mocha
React Native
Flutter
Electron
iOS|ios development
Android|android development
SwiftUI
Jetpack Compose
Three.js|threejs
WebGL
D3.js|d3|d3js
# backend
Node.js|nodejs|node js
Express|=Express|express.js|expressjs
NestJS
Django
Flask
FastAPI
Spring|spring boot|springboot|spring framework
Ruby on Rails|=Rails|ror
Laravel
Hibernate
Microservices|microservice|micro-services|service-oriented architecture|soa
Distributed systems|distributed system|distributed computing
System design
API design|api development|apis|api
Event-driven architecture|event driven architecture|event-driven
Concurrency|multithreading|multi-threading
# data stores
PostgreSQL|postgres|postgresql|psql
MySQL
SQLite
Oracle Database|oracle db|=Oracle|oracle sql
SQL Server|microsoft sql server|mssql|ms sql
MongoDB|mongo
Redis
Cassandra|apache cassandra
DynamoDB
Elasticsearch|elastic search|opensearch|elk
Neo4j
Snowflake
BigQuery|big query
Redshift|amazon redshift
Databricks
ClickHouse
CockroachDB
Memcached
Firebase
Supabase
Vector databases|pinecone|weaviate|pgvector|milvus|qdrant|vector database
# data engineering
Apache Kafka|kafka|=Kafka
Apache Spark|=Spark|pyspark|spark sql
Hadoop|hdfs|mapreduce|=Hive|apache hive
Apache Airflow|airflow
Apache Flink|flink
Apache Beam
=dbt|data build tool
ETL|elt|etl pipelines|data pipelines|data pipeline
Data warehousing|data warehouse|data warehouses|dimensional modeling|data modeling|data modelling
Data lakes|data lake|lakehouse|delta lake|iceberg|apache iceberg
RabbitMQ
Apache Pulsar|pulsar
Presto|trino
Pandas
NumPy|numpy
Polars
Jupyter|jupyter notebooks|jupyter notebook
Excel|microsoft excel|ms excel|advanced excel|spreadsheets|google sheets
Tableau
Power BI|powerbi
Looker|looker studio
Data visualization|data visualisation|dashboards|dashboarding
Statistics|statistical analysis|statistical modeling|statistical modelling|biostatistics
A/B testing|ab testing|a/b tests|a/b test|a/b experiments|ab tests|experimentation|experiment design|experimental design|split testing|online experiments
Causal inference
Data analysis|data analytics|analytics|data analyses|data analyst|product analytics|business analytics
# ML / AI
Machine learning|=ML|machine-learning|ml models|ml systems
Deep learning|deep neural networks|neural networks
Natural language processing|nlp|=NLP|natural-language processing
Computer vision|image recognition|object detection
Large language models|llm|llms|large language model|genai|generative ai|gen ai
Prompt engineering
Retrieval-augmented generation|rag|=RAG|retrieval augmented generation
Reinforcement learning|rlhf
Recommender systems|recommendation systems|recommendation engines|recommender system
PyTorch|torch
TensorFlow|tensorflow 2|keras
scikit-learn|sklearn|scikit learn
XGBoost|lightgbm|catboost|gradient boosting
Hugging Face|huggingface|transformers
LangChain|llamaindex
OpenAI API|openai|gpt-4|chatgpt
MLOps|ml ops|mlflow|kubeflow|model deployment|model serving
Feature engineering
Time series|time-series|time series analysis
Forecasting|demand forecasting|financial forecasting
Operations research|optimization modeling|linear programming|mathematical optimization
CUDA|gpu programming
Speech recognition|asr|speech processing
# cloud / infra
AWS|amazon web services|ec2|s3|aws lambda|ecs|eks|cloudformation
Google Cloud|gcp|google cloud platform|gke
Azure|microsoft azure
Kubernetes|k8s|kubectl|helm|openshift
Docker|containers|containerization|docker compose
Terraform|terragrunt|infrastructure as code|iac
Ansible
=Chef
=Puppet
Linux|unix|ubuntu|rhel|centos|debian
CI/CD|continuous integration|continuous delivery|continuous deployment|ci cd
Jenkins
GitHub Actions
GitLab CI|gitlab
CircleCI
Git|=Git|github|version control|bitbucket
Observability|monitoring|prometheus|grafana|datadog|new relic|opentelemetry|splunk|alerting
Site reliability engineering|sre|=SRE|reliability engineering
DevOps|dev ops
Networking|tcp/ip|dns|http|load balancing|network engineering
Serverless
Nginx
Cloudflare
Vercel
Heroku
VMware|virtualization
Cloud computing|cloud infrastructure|cloud platforms|cloud services
Performance tuning|performance optimization|performance engineering|profiling
Scalability|high availability|high-scale|large-scale systems|scalable systems
Caching
# security
Cybersecurity|information security|infosec|security engineering|application security|appsec|cyber security
Identity and access management|iam|oauth|oauth2|saml|sso|okta|openid connect
Penetration testing|pentesting|pen testing|ethical hacking
Cryptography|encryption
SIEM
Vulnerability management
SOC 2|soc2|iso 27001|compliance frameworks|nist
Threat modeling|threat modelling
Incident response
Security clearance|ts/sci|secret clearance|top secret clearance
# practices
Agile|scrum|kanban|agile methodologies|sprint planning
Test-driven development|tdd|unit testing|integration testing|automated testing|test automation|qa automation
Quality assurance|=QA|software testing|manual testing
Object-oriented programming|oop|object oriented programming|object-oriented design|ood
Functional programming
Data structures|data structures and algorithms|algorithms|dsa
Code review|code reviews
Technical documentation|technical writing|documentation
Debugging|troubleshooting
Embedded systems|embedded software|firmware|rtos|embedded c
Robotics|=ROS|autonomous vehicles|self-driving
Blockchain|web3|smart contracts|ethereum
Game development|=Unity|unreal engine|game engine
Mobile development|mobile apps|mobile applications|mobile engineering
Full-stack development|full stack|full-stack|fullstack
Frontend development|front end|front-end|frontend|front-end development|ui engineering
Backend development|back end|back-end|backend|server-side|backend systems|backend services
# design
Figma
=Sketch
Adobe Creative Suite|adobe|photoshop|illustrator|indesign|after effects|adobe xd
User research|ux research|usability testing|user interviews|user testing
UX design|ux|user experience|=UX|user experience design|interaction design
UI design|=UI|user interface design|visual design|ui/ux|ux/ui
Prototyping|wireframing|wireframes|prototypes|mockups
Design systems|design system
# enterprise software
Salesforce|sfdc|salesforce crm
HubSpot
SAP|=SAP|sap erp|s/4hana
=Workday
NetSuite
ServiceNow
Jira|atlassian jira
Confluence
Zendesk
Marketo
Google Analytics|ga4
Microsoft Office|ms office|office 365|microsoft 365|powerpoint|microsoft word
QuickBooks
Oracle ERP|oracle financials
ERP systems|erp
CRM|crm systems|customer relationship management
`;
