-- One database per service: a service never reads another's.
CREATE DATABASE csi_initiative;
CREATE DATABASE csi_assessment;
CREATE DATABASE csi_sip;
CREATE DATABASE csi_notification;
